-- L601 missing-table-comment: a table has no comment.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L601 @+1 has no comment saying what it is for (1 of 2 tables documented, 50%)
CREATE TABLE widgets (
    id uuid PRIMARY KEY
);

-- Not reported:
CREATE TABLE gadgets (id uuid PRIMARY KEY);
COMMENT ON TABLE gadgets IS 'Things customers order (journey: checkout).';
