CREATE TABLE teams (
    id TEXT DEFAULT (lower(hex(randomblob(16)))) NOT NULL,
    name TEXT NOT NULL,
    "plan" TEXT DEFAULT 'free' NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CHECK ("plan" IN ('free', 'pro', 'enterprise'))
);

CREATE TABLE users (
    id TEXT DEFAULT (lower(hex(randomblob(16)))) NOT NULL,
    clerk_id TEXT NOT NULL,
    email TEXT NOT NULL,
    team_id TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (clerk_id),
    UNIQUE (email),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);

CREATE INDEX idx_users_team_id ON users (team_id);

CREATE TABLE documents (
    id TEXT DEFAULT (lower(hex(randomblob(16)))) NOT NULL,
    user_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_size_bytes INTEGER NOT NULL,
    status TEXT DEFAULT 'uploading' NOT NULL,
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

CREATE TABLE frameworks (
    id TEXT DEFAULT (lower(hex(randomblob(16)))) NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);

CREATE TABLE assessments (
    id TEXT DEFAULT (lower(hex(randomblob(16)))) NOT NULL,
    user_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    status TEXT DEFAULT 'pending' NOT NULL,
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

CREATE TABLE assessment_frameworks (
    assessment_id TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (assessment_id, framework_id),
    FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE,
    FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE RESTRICT
);

CREATE INDEX idx_assessment_frameworks_framework_id ON assessment_frameworks (framework_id);

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
