-- L503 too-many-indexes: a table has more indexes than the configured maximum.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- config: lint: {thresholds: {max_indexes: 2}}

-- Reported:
-- expect: L503 @+1 has 3 indexes
CREATE TABLE events (
    id uuid PRIMARY KEY,
    kind text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX idx_events_kind ON events (kind);
CREATE INDEX idx_events_created ON events (created_at);

-- Not reported:
CREATE TABLE visits (
    id uuid PRIMARY KEY,
    created_at timestamptz NOT NULL
);
CREATE INDEX idx_visits_created ON visits (created_at);
