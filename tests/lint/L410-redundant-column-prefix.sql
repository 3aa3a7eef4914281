-- L410 redundant-column-prefix: a column name repeats its table's name (users.user_email).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (
    id uuid PRIMARY KEY,
    -- expect: L410 @+1 repeats the table name
    user_email text NOT NULL
);

-- Not reported:
CREATE TABLE clients (
    id uuid PRIMARY KEY,
    email text NOT NULL
);
