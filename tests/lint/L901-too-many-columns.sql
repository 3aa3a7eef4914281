-- L901 too-many-columns: a table has more columns than the configured maximum.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- config: lint: {thresholds: {max_columns: 3}}

-- Reported:
-- expect: L901 @+1 has 4 columns, more than 3
CREATE TABLE profiles (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    bio text,
    website text
);

-- Not reported:
CREATE TABLE accounts (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    bio text
);
