-- The portable forms each dialect maps, and constructs it reports as lost.
CREATE TYPE mood AS ENUM ('happy', 'sad', 'it''s complicated');
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);

CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    handle varchar(40) NOT NULL,
    active boolean NOT NULL DEFAULT true,
    current_mood mood NOT NULL DEFAULT 'happy',
    settings jsonb NOT NULL DEFAULT '{}',
    tags text[],
    token uuid NOT NULL DEFAULT gen_random_uuid(),
    visits positive_int,
    note text DEFAULT 'back\slash',
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (length(handle) BETWEEN 3 AND 40),
    CHECK (handle ~ '^[a-z]+$')
);
COMMENT ON TABLE accounts IS 'People who sign in.';
COMMENT ON COLUMN accounts.handle IS 'Public name.';

CREATE INDEX accounts_lower_email ON accounts (lower(email));
CREATE INDEX accounts_active_handle ON accounts (handle) WHERE active;
CREATE UNIQUE INDEX accounts_handle_live ON accounts (handle) WHERE (active = true);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    account_id bigint NOT NULL,
    parent_id integer REFERENCES posts (id),
    title varchar(200) NOT NULL,
    body text,
    score numeric(10,2) NOT NULL DEFAULT 0 CHECK (score >= 0),
    word_count integer GENERATED ALWAYS AS (length(body) / 5) STORED,
    tip_total numeric DEFAULT 0,
    published_on date DEFAULT CURRENT_DATE,
    CONSTRAINT posts_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

-- A foreign-key cycle: SQLite declares both inline, MySQL adds one afterwards.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    favourite_book_id integer
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id)
);
ALTER TABLE authors ADD CONSTRAINT authors_favourite_fk
    FOREIGN KEY (favourite_book_id) REFERENCES books (id);

CREATE VIEW live_accounts AS SELECT id, email FROM accounts WHERE active;
