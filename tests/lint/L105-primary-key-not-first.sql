-- L105 primary-key-not-first: the primary-key column is not the table's first column.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE tags (
    name text NOT NULL,
    -- expect: L105 @+1 does not come first
    id uuid PRIMARY KEY
);

-- Not reported:
CREATE TABLE labels (
    id uuid PRIMARY KEY,
    name text NOT NULL
);
