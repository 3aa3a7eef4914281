-- Suppressions in each of their three places, an unused one, and a project file.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- schemaforge:ignore L201,L203 small table, reviewers are optional; statement-wide
CREATE TABLE projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_user_id bigint NOT NULL REFERENCES users (id),
    reviewer_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    archived_by_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    -- schemaforge:ignore L301 wall-clock reminder time, interpreted in the user's zone
    remind_at timestamp,
    due_on timestamp,  -- schemaforge:ignore timestamp-without-time-zone a calendar day
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_tasks_project_id ON tasks (project_id);

-- schemaforge:ignore L101 nothing to suppress here any more
CREATE TABLE legacy_imports (
    payload text
);
