-- L405 unique-prefix: a unique index or constraint name does not start with the configured prefix (uq_).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL);
-- expect: L405 @+1 does not start with `uq_`
CREATE UNIQUE INDEX users_email_key ON users (email);

-- Not reported:
CREATE TABLE admins (id uuid PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX uq_admins_email ON admins (email);
