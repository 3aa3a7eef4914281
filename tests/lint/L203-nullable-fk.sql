-- L203 nullable-fk: a foreign-key column is nullable, so the relationship is optional.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE teams (id uuid PRIMARY KEY);
CREATE TABLE projects (
    id uuid PRIMARY KEY,
    -- expect: L203 @+1 is nullable
    team_id uuid REFERENCES teams (id) ON DELETE CASCADE
);

-- Not reported:
CREATE TABLE squads (id uuid PRIMARY KEY);
CREATE TABLE missions (
    id uuid PRIMARY KEY,
    squad_id uuid NOT NULL REFERENCES squads (id) ON DELETE CASCADE
);
