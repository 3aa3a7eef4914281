-- L902 single-column-table: a table has a single column.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L902 @+1 has a single column
CREATE TABLE colors (
    name text PRIMARY KEY
);

-- Not reported:
CREATE TABLE paints (
    code text PRIMARY KEY,
    label text NOT NULL
);
