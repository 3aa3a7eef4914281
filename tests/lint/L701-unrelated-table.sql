-- L701 unrelated-table: a table has no foreign key to or from any other table.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L701 @+1 has no foreign key to or from another table
CREATE TABLE settings (
    id uuid PRIMARY KEY,
    value jsonb NOT NULL
);

-- Not reported:
CREATE TABLE teams (id uuid PRIMARY KEY);
CREATE TABLE members (id uuid PRIMARY KEY, team_id uuid NOT NULL REFERENCES teams (id));
