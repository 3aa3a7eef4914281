-- L002 unknown-suppression-code: an inline suppression names a rule that does not exist.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- enable: L101

-- Reported:
-- expect: L002 @+1 which is not a lint rule
-- schemaforge:ignore L1O1 staging table, loaded and dropped nightly
CREATE TABLE staging_rows (
    payload text NOT NULL
);

-- Not reported:
-- schemaforge:ignore missing-primary-key staging table, loaded and dropped nightly
CREATE TABLE staging_batches (
    payload text NOT NULL
);
