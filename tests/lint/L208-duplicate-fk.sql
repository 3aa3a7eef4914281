-- L208 duplicate-fk: the same foreign key is declared twice.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE posts (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    -- expect: L208 @+1 is declared twice
    CONSTRAINT posts_user_again FOREIGN KEY (user_id) REFERENCES users (id)
);

-- Not reported:
CREATE TABLE editors (id uuid PRIMARY KEY);
CREATE TABLE articles (
    id uuid PRIMARY KEY,
    author_editor_id uuid NOT NULL REFERENCES editors (id),
    reviewer_editor_id uuid REFERENCES editors (id)
);
