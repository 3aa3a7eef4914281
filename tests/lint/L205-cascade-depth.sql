-- L205 cascade-depth: a chain of ON DELETE CASCADE is deeper than the configured maximum.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- config: lint: {thresholds: {max_cascade_depth: 2}}

-- Reported:
CREATE TABLE accounts (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE);
CREATE TABLE tasks (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE);
CREATE TABLE comments (
    id uuid PRIMARY KEY,
    -- expect: L205 @+1 chain of depth 3 (accounts -> projects -> tasks -> comments)
    task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE
);

-- Not reported:
CREATE TABLE attachments (
    id uuid PRIMARY KEY,
    task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE RESTRICT
);
