-- People who sign in.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email TEXT NOT NULL,
    -- Public name.
    handle TEXT NOT NULL,
    active INTEGER DEFAULT TRUE NOT NULL CHECK (active IN (0, 1)),
    current_mood TEXT DEFAULT 'happy' NOT NULL CHECK (current_mood IN ('happy', 'sad', 'it''s complicated')),
    settings TEXT DEFAULT '{}' NOT NULL,
    tags TEXT,
    token TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    visits INTEGER,
    note TEXT DEFAULT 'back\slash',
    created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE (email),
    CHECK (length(handle) BETWEEN 3 AND 40)
);

CREATE INDEX accounts_lower_email ON accounts ((lower(email)));

CREATE INDEX accounts_active_handle ON accounts (handle) WHERE (active);

CREATE UNIQUE INDEX accounts_handle_live ON accounts (handle) WHERE (active = TRUE);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    account_id INTEGER NOT NULL,
    parent_id INTEGER,
    title TEXT NOT NULL,
    body TEXT,
    score NUMERIC DEFAULT 0 NOT NULL,
    word_count INTEGER GENERATED ALWAYS AS (length(body) / 5) STORED,
    tip_total NUMERIC DEFAULT 0,
    published_on TEXT DEFAULT CURRENT_DATE,
    CHECK (score >= 0),
    FOREIGN KEY (parent_id) REFERENCES posts (id),
    CONSTRAINT posts_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE authors (
    id INTEGER NOT NULL,
    favourite_book_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT authors_favourite_fk FOREIGN KEY (favourite_book_id) REFERENCES books (id)
);

CREATE TABLE books (
    id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES authors (id)
);
