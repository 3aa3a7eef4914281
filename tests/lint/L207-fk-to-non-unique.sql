-- L207 fk-to-non-unique: a foreign key references columns that are not a primary or unique key.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL);
CREATE TABLE invitations (
    id uuid PRIMARY KEY,
    -- expect: L207 @+1 not a primary or unique key
    email text NOT NULL REFERENCES users (email)
);

-- Not reported:
CREATE TABLE staff (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE shifts (
    id uuid PRIMARY KEY,
    staff_email text NOT NULL REFERENCES staff (email)
);
