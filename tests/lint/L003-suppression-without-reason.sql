-- L003 suppression-without-reason: an inline suppression gives no reason.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- enable: L101

-- Reported:
-- expect: L003 @+1 gives no reason
-- schemaforge:ignore L101
CREATE TABLE import_rows (
    payload text NOT NULL
);

-- Not reported:
-- schemaforge:ignore L101 rows are appended by the importer and truncated after each run
CREATE TABLE import_batches (
    payload text NOT NULL
);
