-- L106 nullable-unique: a unique key includes a nullable column, so it allows many NULL rows.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE accounts (
    id uuid PRIMARY KEY,
    -- expect: L106 @+1 includes nullable `email`
    email text UNIQUE
);

-- Not reported:
CREATE TABLE members (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    phone text
);
CREATE UNIQUE INDEX uq_members_phone ON members (phone) WHERE phone IS NOT NULL;
