-- L505 boolean-index: a plain index on a boolean column.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE jobs (id uuid PRIMARY KEY, processed boolean NOT NULL DEFAULT false);
-- expect: L505 @+1 is on boolean `processed`
CREATE INDEX idx_jobs_processed ON jobs (processed);

-- Not reported:
CREATE TABLE tasks (id uuid PRIMARY KEY, processed boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL);
CREATE INDEX idx_tasks_pending ON tasks (created_at) WHERE NOT processed;
