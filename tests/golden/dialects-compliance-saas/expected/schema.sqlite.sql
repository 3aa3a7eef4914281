-- A customer organisation; the billing unit (journey: sign up, billing).
CREATE TABLE teams (
    id TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    name TEXT NOT NULL,
    -- Subscription plan; decides usage limits.
    "plan" TEXT DEFAULT 'free' NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CHECK ("plan" IN ('free', 'pro', 'enterprise'))
);

-- A person who signs in; may belong to a team (journey: sign up).
CREATE TABLE users (
    id TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    -- Identifier at the authentication provider.
    clerk_id TEXT NOT NULL,
    email TEXT NOT NULL,
    -- Team membership; kept when the team is disbanded (SET NULL).
    team_id TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (clerk_id),
    UNIQUE (email),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);

CREATE INDEX idx_users_team_id ON users (team_id);

-- An uploaded policy document (journey: upload document).
CREATE TABLE documents (
    id TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    user_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_size_bytes INTEGER NOT NULL,
    status TEXT DEFAULT 'uploading' NOT NULL,
    -- Object-storage key of the file; unique per upload.
    s3_key TEXT NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (s3_key),
    CHECK (file_size_bytes > 0),
    CHECK (status IN ('uploading', 'ready', 'error')),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX idx_documents_user_id ON documents (user_id);

-- A compliance framework such as SOC 2 or ISO 27001 (journey: choose frameworks).
CREATE TABLE frameworks (
    id TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);

-- One analysis of a document against its frameworks (journey: run assessment, view results).
CREATE TABLE assessments (
    id TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    user_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    status TEXT DEFAULT 'pending' NOT NULL,
    -- Model output; JSONB because its structure evolves.
    results TEXT,
    error_message TEXT,
    started_at TEXT,
    completed_at TEXT,
    duration_ms INTEGER,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
    CHECK (duration_ms >= 0),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX idx_assessments_document_id ON assessments (document_id);

CREATE INDEX idx_assessments_user_created ON assessments (user_id, created_at DESC);

CREATE INDEX idx_assessments_pending ON assessments (created_at) WHERE (status = 'pending');

-- Which frameworks an assessment covers (many-to-many).
CREATE TABLE assessment_frameworks (
    assessment_id TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (assessment_id, framework_id),
    FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE,
    FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE RESTRICT
);

CREATE INDEX idx_assessment_frameworks_framework_id ON assessment_frameworks (framework_id);

-- Metered usage, append-only (journey: billing).
CREATE TABLE usage_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    team_id TEXT NOT NULL,
    user_id TEXT,
    event_type TEXT NOT NULL,
    quantity INTEGER DEFAULT 1 NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CHECK (event_type IN ('assessment_run', 'document_uploaded')),
    CHECK (quantity > 0),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE INDEX idx_usage_events_user_id ON usage_events (user_id);

CREATE INDEX idx_usage_events_team_created ON usage_events (team_id, created_at);
