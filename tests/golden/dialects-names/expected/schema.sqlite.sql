-- People who sign in.
-- Second line.
CREATE TABLE users (
    id INTEGER NOT NULL,
    -- Where mail goes.
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    active INTEGER DEFAULT TRUE NOT NULL CHECK (active IN (0, 1)),
    verified INTEGER CHECK (verified IN (0, 1)),
    token TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT email_unique UNIQUE (email),
    -- No empty names.
    CONSTRAINT name_check CHECK (length(name) > 0)
);

-- Look-up by name.
CREATE INDEX users_name ON users (name);

CREATE TABLE billing_users (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT name_check CHECK (length(name) > 0)
);

CREATE INDEX billing_users_users_name ON billing_users (name);

CREATE TABLE orders (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE invoices (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES billing_users (id)
);

CREATE TABLE documents_with_a_rather_long_table_name_for_the_purpose_of_name (
    path TEXT NOT NULL,
    locale TEXT NOT NULL,
    title TEXT,
    summary TEXT,
    abstract TEXT,
    body TEXT,
    user_id INTEGER,
    CONSTRAINT documents_pkey PRIMARY KEY (path, locale),
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE INDEX document_texts_by_title_summary_abstract_and_body ON documents_with_a_rather_long_table_name_for_the_purpose_of_name (title, summary, abstract, body);

CREATE INDEX documents_locale_title ON documents_with_a_rather_long_table_name_for_the_purpose_of_name (locale, title);

CREATE TABLE "Odd ""Table"" ñandú" (
    "select" INTEGER NOT NULL,
    "with space" INTEGER NOT NULL,
    "qu""ote" TEXT,
    "Ünïcödé" TEXT DEFAULT 'ü',
    "MixedCase" INTEGER,
    PRIMARY KEY ("select"),
    CONSTRAINT "unique ""with space""" UNIQUE ("with space"),
    CHECK ("MixedCase" >= 0)
);

CREATE INDEX "idx ""ñ"" select" ON "Odd ""Table"" ñandú" ("Ünïcödé", "qu""ote");

CREATE TABLE "order" (
    "group" INTEGER NOT NULL,
    "with space" INTEGER,
    PRIMARY KEY ("group"),
    FOREIGN KEY ("with space") REFERENCES "Odd ""Table"" ñandú" ("with space")
);
