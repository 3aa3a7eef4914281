-- L001 unused-suppression: an inline suppression silences no finding.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- enable: L101

-- Reported:
-- expect: L001 @+1 L101 (missing-primary-key) silences no finding
-- schemaforge:ignore L101 kept from the legacy import
CREATE TABLE notes (
    id uuid PRIMARY KEY,
    body text NOT NULL
);

-- Not reported:
-- schemaforge:ignore L101 legacy import; rows are never referenced
CREATE TABLE legacy_notes (
    body text NOT NULL
);
