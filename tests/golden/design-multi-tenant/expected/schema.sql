SET check_function_bodies = false;

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE FUNCTION audit_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    INSERT INTO audit_log (table_name, record_id, action, old_data, new_data, changed_by, tenant_id)
    VALUES (TG_TABLE_NAME,
            changed ->> 'id',
            TG_OP,
            CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END,
            current_setting('app.user_id', true),
            (CASE WHEN TG_TABLE_NAME = 'tenants' THEN changed ->> 'id' ELSE changed ->> 'tenant_id' END)::uuid);
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION audit_trigger() IS 'Writes one audit_log row per changed row (audit_log pattern).';

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION set_updated_at() IS 'Sets updated_at to the time of the change (updated_at_trigger pattern).';

CREATE TABLE tenants (
    id uuid DEFAULT gen_random_uuid(),
    name character varying(255) NOT NULL,
    slug character varying(100) NOT NULL,
    plan text DEFAULT 'free' NOT NULL CHECK (plan IN ('free', 'starter', 'pro', 'enterprise')),
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    PRIMARY KEY (id)
);

COMMENT ON TABLE tenants IS 'A customer organisation; every other row belongs to exactly one tenant.';

COMMENT ON COLUMN tenants.slug IS 'URL name of the tenant.';

CREATE UNIQUE INDEX uq_tenants_slug_active ON tenants (slug) WHERE (deleted_at IS NULL);

CREATE TABLE users (
    id uuid DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL,
    email text NOT NULL,
    password_hash text,
    full_name character varying(255) NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    last_login_at timestamp with time zone,
    mfa_enabled boolean DEFAULT false NOT NULL,
    mfa_secret text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
);

COMMENT ON TABLE users IS 'A person who signs in; belongs to one tenant.';

COMMENT ON COLUMN users.email IS 'Normalised to lower case.';

COMMENT ON COLUMN users.password_hash IS 'bcrypt or Argon2 hash; NULL for SSO users.';

COMMENT ON COLUMN users.mfa_secret IS 'Encrypted TOTP secret.';

CREATE INDEX idx_users_tenant_id ON users (tenant_id);

CREATE UNIQUE INDEX uq_users_tenant_id_email_active ON users (tenant_id, email) WHERE (deleted_at IS NULL);

CREATE TABLE projects (
    id uuid DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    status text DEFAULT 'active' NOT NULL CHECK (status IN ('active', 'archived')),
    owner_id uuid NOT NULL,
    budget numeric(19,4),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

COMMENT ON TABLE projects IS 'A unit of work a tenant''s users share.';

COMMENT ON COLUMN projects.owner_id IS 'The user responsible for the project.';

CREATE INDEX idx_projects_tenant_id ON projects (tenant_id);

CREATE INDEX idx_projects_owner_id ON projects (owner_id);

CREATE INDEX idx_projects_active ON projects (tenant_id, created_at DESC) WHERE (status = 'active');

CREATE TABLE roles (
    id uuid DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    parent_role_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, name),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    FOREIGN KEY (parent_role_id) REFERENCES roles (id) ON DELETE SET NULL
);

COMMENT ON TABLE roles IS 'A named set of permissions; a role inherits its parent''s (rbac pattern).';

COMMENT ON COLUMN roles.parent_role_id IS 'The role this one inherits from; NULL for a root role.';

CREATE INDEX idx_roles_parent_role_id ON roles (parent_role_id);

CREATE TABLE permissions (
    id uuid DEFAULT gen_random_uuid(),
    name text NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);

COMMENT ON TABLE permissions IS 'An action on a resource, such as documents.delete (rbac pattern).';

CREATE TABLE role_permissions (
    role_id uuid NOT NULL,
    permission_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (role_id, permission_id),
    FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE,
    FOREIGN KEY (permission_id) REFERENCES permissions (id) ON DELETE CASCADE
);

COMMENT ON TABLE role_permissions IS 'Which permissions a role grants (rbac pattern).';

CREATE INDEX idx_role_permissions_permission_id ON role_permissions (permission_id);

CREATE TABLE user_roles (
    user_id uuid NOT NULL,
    role_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (user_id, role_id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
);

COMMENT ON TABLE user_roles IS 'Which roles a user holds (rbac pattern).';

CREATE INDEX idx_user_roles_role_id ON user_roles (role_id);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY,
    table_name text NOT NULL,
    record_id text NOT NULL,
    action text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    old_data jsonb,
    new_data jsonb,
    changed_by text,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id uuid,
    PRIMARY KEY (id)
);

COMMENT ON TABLE audit_log IS 'Every change to the audited tables: who, what, when, before and after (audit_log pattern).';

COMMENT ON COLUMN audit_log.changed_by IS 'The application user, from current_setting(''app.user_id'').';

COMMENT ON COLUMN audit_log.tenant_id IS 'The tenant the changed row belongs to; NULL for tables no tenant owns.';

CREATE INDEX idx_audit_log_record ON audit_log (table_name, record_id);

CREATE INDEX idx_audit_log_changed ON audit_log (changed_at DESC);

CREATE INDEX idx_audit_log_tenant_changed ON audit_log (tenant_id, changed_at DESC);

CREATE TABLE sessions (
    id uuid DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL,
    token_hash text NOT NULL,
    ip_address inet,
    user_agent text,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (token_hash),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

COMMENT ON TABLE sessions IS 'A signed-in session; the cookie holds the token, the table its hash (sessions_tokens pattern).';

COMMENT ON COLUMN sessions.token_hash IS 'SHA-256 of the session token; the token itself is never stored.';

CREATE INDEX idx_sessions_user_id ON sessions (user_id);

CREATE INDEX idx_sessions_expires ON sessions (expires_at);

CREATE TABLE user_tokens (
    id uuid DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('email_verification', 'password_reset', 'api_key')),
    token_hash text NOT NULL,
    expires_at timestamp with time zone,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (token_hash),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

COMMENT ON TABLE user_tokens IS 'A one-time or long-lived token for a user: email verification, password reset, API key (sessions_tokens pattern).';

COMMENT ON COLUMN user_tokens.expires_at IS 'NULL for API keys that live until revoked.';

CREATE INDEX idx_user_tokens_user_id ON user_tokens (user_id);

CREATE TABLE files (
    id uuid DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    storage_key text NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
    checksum_sha256 text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, storage_key),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

COMMENT ON TABLE files IS 'An uploaded file''s metadata; the bytes are in object storage (files_jobs pattern).';

COMMENT ON COLUMN files.user_id IS 'The uploader.';

COMMENT ON COLUMN files.storage_key IS 'Object-storage key; unique per upload.';

CREATE INDEX idx_files_user_id ON files (user_id);

CREATE TABLE processing_jobs (
    id uuid DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL,
    file_id uuid NOT NULL,
    kind text NOT NULL,
    status text DEFAULT 'queued' NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    attempts integer DEFAULT 0 NOT NULL CHECK (attempts >= 0),
    run_after timestamp with time zone DEFAULT now() NOT NULL,
    last_error text,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    FOREIGN KEY (file_id) REFERENCES files (id) ON DELETE CASCADE
);

COMMENT ON TABLE processing_jobs IS 'Work to do on a file (thumbnails, text extraction, scanning), queued in the database (files_jobs pattern).';

CREATE INDEX idx_processing_jobs_file_id ON processing_jobs (file_id);

CREATE INDEX idx_processing_jobs_queued ON processing_jobs (run_after) WHERE (status = 'queued');

CREATE INDEX idx_processing_jobs_tenant_id ON processing_jobs (tenant_id);

CREATE TABLE notifications (
    id uuid DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    body text,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

COMMENT ON TABLE notifications IS 'A message to one user, shown until read (notifications pattern).';

CREATE INDEX idx_notifications_user_id ON notifications (user_id);

CREATE INDEX idx_notifications_user_created ON notifications (tenant_id, user_id, created_at DESC);

CREATE INDEX idx_notifications_unread ON notifications (tenant_id, user_id, created_at DESC) WHERE (read_at IS NULL);

CREATE TABLE analytics_events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid,
    event_name text NOT NULL,
    properties jsonb DEFAULT '{}'::jsonb NOT NULL,
    session_id text,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id, occurred_at),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
)
PARTITION BY RANGE (occurred_at);

COMMENT ON TABLE analytics_events IS 'Product analytics events, append-only, one partition per month (analytics_events pattern).';

CREATE INDEX idx_analytics_events_user_id ON analytics_events (user_id);

CREATE INDEX idx_analytics_events_name_occurred ON analytics_events (tenant_id, event_name, occurred_at);

CREATE TABLE analytics_events_2027_01 PARTITION OF analytics_events
FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');

CREATE TABLE analytics_events_2027_02 PARTITION OF analytics_events
FOR VALUES FROM ('2027-02-01') TO ('2027-03-01');

CREATE TABLE analytics_events_2027_03 PARTITION OF analytics_events
FOR VALUES FROM ('2027-03-01') TO ('2027-04-01');

CREATE TABLE analytics_events_default PARTITION OF analytics_events
DEFAULT;

CREATE VIEW active_tenants AS
SELECT * FROM tenants WHERE deleted_at IS NULL;

COMMENT ON VIEW active_tenants IS 'Live rows of tenants (soft_delete pattern).';

CREATE VIEW active_users AS
SELECT * FROM users WHERE deleted_at IS NULL;

COMMENT ON VIEW active_users IS 'Live rows of users (soft_delete pattern).';

CREATE VIEW active_projects AS
SELECT * FROM projects WHERE deleted_at IS NULL;

COMMENT ON VIEW active_projects IS 'Live rows of projects (soft_delete pattern).';

CREATE TRIGGER trg_tenants_audit AFTER INSERT OR DELETE OR UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION audit_trigger();

CREATE TRIGGER trg_tenants_updated_at BEFORE UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER trg_users_audit AFTER INSERT OR DELETE OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION audit_trigger();

CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER trg_projects_audit AFTER INSERT OR DELETE OR UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION audit_trigger();

CREATE TRIGGER trg_projects_updated_at BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE users ENABLE ROW LEVEL SECURITY;

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

ALTER TABLE roles ENABLE ROW LEVEL SECURITY;

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

ALTER TABLE files ENABLE ROW LEVEL SECURITY;

ALTER TABLE processing_jobs ENABLE ROW LEVEL SECURITY;

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;

ALTER TABLE analytics_events ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON users
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY tenant_isolation ON projects
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY tenant_isolation ON roles
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY tenant_read ON audit_log
    FOR SELECT
    USING (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY audit_insert ON audit_log
    FOR INSERT
    WITH CHECK (true);

CREATE POLICY tenant_isolation ON files
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY tenant_isolation ON processing_jobs
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY tenant_isolation ON notifications
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE POLICY tenant_isolation ON analytics_events
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
