-- L210 set-default-without-default: ON DELETE SET DEFAULT on a column without a default.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE teams (id uuid PRIMARY KEY);
CREATE TABLE users (
    id uuid PRIMARY KEY,
    -- expect: L210 @+1 has no default
    team_id uuid REFERENCES teams (id) ON DELETE SET DEFAULT
);

-- Not reported:
CREATE TABLE queues (id uuid PRIMARY KEY);
CREATE TABLE jobs (
    id uuid PRIMARY KEY,
    queue_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000' REFERENCES queues (id) ON DELETE SET DEFAULT
);
