-- L204 set-null-on-not-null: ON DELETE/UPDATE SET NULL on a NOT NULL column fails at run time.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE teams (id uuid PRIMARY KEY);
CREATE TABLE users (
    id uuid PRIMARY KEY,
    -- expect: L204 @+1 is NOT NULL
    team_id uuid NOT NULL REFERENCES teams (id) ON DELETE SET NULL
);

-- Not reported:
CREATE TABLE groups (id uuid PRIMARY KEY);
CREATE TABLE members (
    id uuid PRIMARY KEY,
    group_id uuid REFERENCES groups (id) ON DELETE SET NULL
);
