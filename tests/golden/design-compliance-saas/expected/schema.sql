SET check_function_bodies = false;

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE teams (
    id uuid DEFAULT gen_random_uuid(),
    name text NOT NULL,
    plan character varying(20) DEFAULT 'free' NOT NULL CHECK (plan IN ('free', 'pro', 'enterprise')),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id)
);

COMMENT ON TABLE teams IS 'A customer organisation; the billing unit (journey: sign up, billing).';

COMMENT ON COLUMN teams.plan IS 'Subscription plan; decides usage limits.';

CREATE TABLE users (
    id uuid DEFAULT gen_random_uuid(),
    clerk_id text NOT NULL,
    email text NOT NULL,
    team_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (clerk_id),
    UNIQUE (email),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);

COMMENT ON TABLE users IS 'A person who signs in; may belong to a team (journey: sign up).';

COMMENT ON COLUMN users.clerk_id IS 'Identifier at the authentication provider.';

COMMENT ON COLUMN users.team_id IS 'Team membership; kept when the team is disbanded (SET NULL).';

CREATE INDEX idx_users_team_id ON users (team_id);

CREATE TABLE documents (
    id uuid DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL,
    file_name text NOT NULL,
    file_size_bytes integer NOT NULL CHECK (file_size_bytes > 0),
    status text DEFAULT 'uploading' NOT NULL CHECK (status IN ('uploading', 'ready', 'error')),
    s3_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (s3_key),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

COMMENT ON TABLE documents IS 'An uploaded policy document (journey: upload document).';

COMMENT ON COLUMN documents.s3_key IS 'Object-storage key of the file; unique per upload.';

CREATE INDEX idx_documents_user_id ON documents (user_id);

CREATE TABLE frameworks (
    id uuid DEFAULT gen_random_uuid(),
    code character varying(50) NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);

COMMENT ON TABLE frameworks IS 'A compliance framework such as SOC 2 or ISO 27001 (journey: choose frameworks).';

CREATE TABLE assessments (
    id uuid DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL,
    document_id uuid NOT NULL,
    status character varying(50) DEFAULT 'pending' NOT NULL CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
    results jsonb,
    error_message text,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    duration_ms integer CHECK (duration_ms >= 0),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

COMMENT ON TABLE assessments IS 'One analysis of a document against its frameworks (journey: run assessment, view results).';

COMMENT ON COLUMN assessments.results IS 'Model output; JSONB because its structure evolves.';

CREATE INDEX idx_assessments_document_id ON assessments (document_id);

CREATE INDEX idx_assessments_user_created ON assessments (user_id, created_at DESC);

CREATE INDEX idx_assessments_pending ON assessments (created_at) WHERE (status = 'pending');

CREATE TABLE assessment_frameworks (
    assessment_id uuid NOT NULL,
    framework_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (assessment_id, framework_id),
    FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE CASCADE,
    FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE RESTRICT
);

COMMENT ON TABLE assessment_frameworks IS 'Which frameworks an assessment covers (many-to-many).';

CREATE INDEX idx_assessment_frameworks_framework_id ON assessment_frameworks (framework_id);

CREATE TABLE usage_events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    team_id uuid NOT NULL,
    user_id uuid,
    event_type character varying(50) NOT NULL CHECK (event_type IN ('assessment_run', 'document_uploaded')),
    quantity integer DEFAULT 1 NOT NULL CHECK (quantity > 0),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);

COMMENT ON TABLE usage_events IS 'Metered usage, append-only (journey: billing).';

CREATE INDEX idx_usage_events_user_id ON usage_events (user_id);

CREATE INDEX idx_usage_events_team_created ON usage_events (team_id, created_at);
