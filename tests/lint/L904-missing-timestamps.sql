-- L904 missing-timestamps: a table lacks created_at, or a mutable table lacks updated_at.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L904 @+1 mutable table `documents` has no created_at or updated_at column
CREATE TABLE documents (
    id uuid PRIMARY KEY,
    title text NOT NULL
);
-- expect: L904 @+1 append-only table `login_events` has no created_at column
CREATE TABLE login_events (
    id uuid PRIMARY KEY
);

-- Not reported:
CREATE TABLE reports (
    id uuid PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
