CREATE TABLE teams (
    id CHAR(36) DEFAULT (uuid()) NOT NULL,
    name LONGTEXT NOT NULL,
    plan VARCHAR(20) DEFAULT 'free' NOT NULL COMMENT 'Subscription plan; decides usage limits.',
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    updated_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CHECK (plan IN ('free', 'pro', 'enterprise'))
)
COMMENT = 'A customer organisation; the billing unit (journey: sign up, billing).';

CREATE TABLE users (
    id CHAR(36) DEFAULT (uuid()) NOT NULL,
    clerk_id VARCHAR(255) NOT NULL COMMENT 'Identifier at the authentication provider.',
    email VARCHAR(255) NOT NULL,
    team_id CHAR(36) COMMENT 'Team membership; kept when the team is disbanded (SET NULL).',
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    updated_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (clerk_id),
    UNIQUE (email),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
)
COMMENT = 'A person who signs in; may belong to a team (journey: sign up).';

CREATE INDEX idx_users_team_id ON users (team_id);

CREATE TABLE documents (
    id CHAR(36) DEFAULT (uuid()) NOT NULL,
    user_id CHAR(36) NOT NULL,
    file_name LONGTEXT NOT NULL,
    file_size_bytes INT NOT NULL,
    status LONGTEXT DEFAULT ('uploading') NOT NULL,
    s3_key VARCHAR(255) NOT NULL COMMENT 'Object-storage key of the file; unique per upload.',
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    updated_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (s3_key),
    CHECK (file_size_bytes > 0),
    CHECK (status IN ('uploading', 'ready', 'error')),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
)
COMMENT = 'An uploaded policy document (journey: upload document).';

CREATE INDEX idx_documents_user_id ON documents (user_id);

CREATE TABLE frameworks (
    id CHAR(36) DEFAULT (uuid()) NOT NULL,
    code VARCHAR(50) NOT NULL,
    name LONGTEXT NOT NULL,
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    updated_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
)
COMMENT = 'A compliance framework such as SOC 2 or ISO 27001 (journey: choose frameworks).';

CREATE TABLE assessments (
    id CHAR(36) DEFAULT (uuid()) NOT NULL,
    user_id CHAR(36) NOT NULL,
    document_id CHAR(36) NOT NULL,
    status VARCHAR(50) DEFAULT 'pending' NOT NULL,
    results JSON COMMENT 'Model output; JSONB because its structure evolves.',
    error_message LONGTEXT,
    started_at DATETIME(6),
    completed_at DATETIME(6),
    duration_ms INT,
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    updated_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
    CHECK (duration_ms >= 0),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
)
COMMENT = 'One analysis of a document against its frameworks (journey: run assessment, view results).';

CREATE INDEX idx_assessments_document_id ON assessments (document_id);

CREATE INDEX idx_assessments_user_created ON assessments (user_id, created_at DESC);

CREATE INDEX idx_assessments_pending ON assessments (created_at);

CREATE TABLE assessment_frameworks (
    assessment_id CHAR(36) NOT NULL,
    framework_id CHAR(36) NOT NULL,
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (assessment_id, framework_id),
    FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE,
    FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE RESTRICT
)
COMMENT = 'Which frameworks an assessment covers (many-to-many).';

CREATE INDEX idx_assessment_frameworks_framework_id ON assessment_frameworks (framework_id);

CREATE TABLE usage_events (
    id BIGINT AUTO_INCREMENT NOT NULL,
    team_id CHAR(36) NOT NULL,
    user_id CHAR(36),
    event_type VARCHAR(50) NOT NULL,
    quantity INT DEFAULT 1 NOT NULL,
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CHECK (event_type IN ('assessment_run', 'document_uploaded')),
    CHECK (quantity > 0),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
)
COMMENT = 'Metered usage, append-only (journey: billing).';

CREATE INDEX idx_usage_events_user_id ON usage_events (user_id);

CREATE INDEX idx_usage_events_team_created ON usage_events (team_id, created_at);
