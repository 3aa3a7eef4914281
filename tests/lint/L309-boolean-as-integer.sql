-- L309 boolean-as-integer: a yes/no column (is_*, has_*) stored as a number or string.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE accounts (
    id uuid PRIMARY KEY,
    -- expect: L309 @+1 yes/no flag stored as integer
    is_active integer NOT NULL DEFAULT 1
);

-- Not reported:
CREATE TABLE profiles (
    id uuid PRIMARY KEY,
    is_active boolean NOT NULL DEFAULT true
);
