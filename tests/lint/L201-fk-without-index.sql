-- L201 fk-without-index: a foreign key's columns do not lead any index.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE documents (
    id uuid PRIMARY KEY,
    -- expect: L201 @+1 has no index starting with (user_id)
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE
);

-- Not reported:
CREATE TABLE authors (id uuid PRIMARY KEY);
CREATE TABLE books (
    id uuid PRIMARY KEY,
    author_id uuid NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_books_author_created ON books (author_id, created_at);
