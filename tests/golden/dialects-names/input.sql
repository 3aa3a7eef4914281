-- Names and keys SQLite and MySQL need written differently (docs/dialects.md): tables of two
-- schemas flattened into one database, constraint names unique per database (MySQL), names
-- past 64 characters, keys past InnoDB's 3072 bytes, booleans, random UUIDs, comments, and
-- identifiers that need quoting.
CREATE SCHEMA billing;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email varchar(1000) NOT NULL,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    verified boolean,
    token uuid NOT NULL DEFAULT gen_random_uuid(),
    CONSTRAINT email_unique UNIQUE (email),
    CONSTRAINT name_check CHECK (length(name) > 0)
);
COMMENT ON TABLE users IS 'People who sign in.
Second line.';
COMMENT ON COLUMN users.email IS 'Where mail goes.';
COMMENT ON CONSTRAINT name_check ON users IS 'No empty names.';

-- Same name in another schema: written as billing_users.
CREATE TABLE billing.users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    CONSTRAINT name_check CHECK (length(name) > 0)
);
CREATE INDEX users_name ON billing.users (name);
CREATE INDEX users_name ON users (name);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES billing.users (id)
);
COMMENT ON INDEX users_name IS 'Look-up by name.';

-- A composite key past 3072 bytes; fk_user prefixed with this table passes 64 characters.
CREATE TABLE documents_with_a_rather_long_table_name_for_the_purpose_of_name (
    path varchar(600) NOT NULL,
    locale varchar(600) NOT NULL,
    title varchar(300),
    summary varchar(300),
    abstract varchar(300),
    body varchar(300),
    user_id integer,
    CONSTRAINT documents_pkey PRIMARY KEY (path, locale),
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX document_texts_by_title_summary_abstract_and_body
    ON documents_with_a_rather_long_table_name_for_the_purpose_of_name (title, summary, abstract, body);
CREATE INDEX documents_locale_title
    ON documents_with_a_rather_long_table_name_for_the_purpose_of_name (locale, title);

-- Quotes, spaces, reserved words and non-ASCII letters in table, column, key and index names:
-- each dialect quotes them its own way and inspect reads them back unchanged.
CREATE TABLE "Odd ""Table"" ñandú" (
    "select" integer PRIMARY KEY,
    "with space" integer NOT NULL,
    "qu""ote" varchar(50),
    "Ünïcödé" varchar(50) DEFAULT 'ü',
    "MixedCase" integer CHECK ("MixedCase" >= 0),
    CONSTRAINT "unique ""with space""" UNIQUE ("with space")
);
CREATE INDEX "idx ""ñ"" select" ON "Odd ""Table"" ñandú" ("Ünïcödé", "qu""ote");
CREATE TABLE "order" (
    "group" integer PRIMARY KEY,
    "with space" integer REFERENCES "Odd ""Table"" ñandú" ("with space")
);
