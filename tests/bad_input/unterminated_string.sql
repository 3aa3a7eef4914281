-- A string literal that is never closed: the rest of the file is swallowed by it.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    status text DEFAULT 'active NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
