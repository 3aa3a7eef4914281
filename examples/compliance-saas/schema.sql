-- compliance-saas: the running example of the schema-design process (seed 001).
-- Teams upload compliance documents; each document is assessed against one or more
-- frameworks; usage is metered per team for monthly billing.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE teams (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    plan varchar(20) NOT NULL DEFAULT 'free'
        CHECK (plan IN ('free', 'pro', 'enterprise')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE teams IS 'A customer organisation; the billing unit (journey: sign up, billing).';
COMMENT ON COLUMN teams.plan IS 'Subscription plan; decides usage limits.';

CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clerk_id text NOT NULL UNIQUE,
    email text NOT NULL UNIQUE,
    team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE users IS 'A person who signs in; may belong to a team (journey: sign up).';
COMMENT ON COLUMN users.clerk_id IS 'Identifier at the authentication provider.';
COMMENT ON COLUMN users.team_id IS 'Team membership; kept when the team is disbanded (SET NULL).';

CREATE TABLE documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name text NOT NULL,
    file_size_bytes integer NOT NULL CHECK (file_size_bytes > 0),
    status text NOT NULL DEFAULT 'uploading'
        CHECK (status IN ('uploading', 'ready', 'error')),
    s3_key text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE documents IS 'An uploaded policy document (journey: upload document).';
COMMENT ON COLUMN documents.s3_key IS 'Object-storage key of the file; unique per upload.';

CREATE TABLE frameworks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code varchar(50) NOT NULL UNIQUE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE frameworks IS 'A compliance framework such as SOC 2 or ISO 27001 (journey: choose frameworks).';

CREATE TABLE assessments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    status varchar(50) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
    results jsonb,
    error_message text,
    started_at timestamptz,
    completed_at timestamptz,
    duration_ms integer CHECK (duration_ms >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE assessments IS 'One analysis of a document against its frameworks (journey: run assessment, view results).';
COMMENT ON COLUMN assessments.results IS 'Model output; JSONB because its structure evolves.';

CREATE TABLE assessment_frameworks (
    assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    framework_id uuid NOT NULL REFERENCES frameworks (id) ON DELETE RESTRICT,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, framework_id)
);
COMMENT ON TABLE assessment_frameworks IS 'Which frameworks an assessment covers (many-to-many).';

CREATE TABLE usage_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    event_type varchar(50) NOT NULL
        CHECK (event_type IN ('assessment_run', 'document_uploaded')),
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE usage_events IS 'Metered usage, append-only (journey: billing).';

-- Foreign-key indexes (joins and cascades)
CREATE INDEX idx_users_team_id ON users (team_id);
CREATE INDEX idx_documents_user_id ON documents (user_id);
CREATE INDEX idx_assessments_document_id ON assessments (document_id);
CREATE INDEX idx_assessment_frameworks_framework_id ON assessment_frameworks (framework_id);
CREATE INDEX idx_usage_events_user_id ON usage_events (user_id);

-- Query pattern: a user's assessments, newest first
CREATE INDEX idx_assessments_user_created ON assessments (user_id, created_at DESC);
-- Query pattern: pending assessments (the worker's queue)
CREATE INDEX idx_assessments_pending ON assessments (created_at)
    WHERE status = 'pending';
-- Query pattern: monthly usage per team, for billing
CREATE INDEX idx_usage_events_team_created ON usage_events (team_id, created_at);
