-- L305 string-type-policy: a string column does not follow the configured varchar(n)/text policy.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE customers (
    id uuid PRIMARY KEY,
    -- expect: L305 @+1 the policy is text
    name varchar(100) NOT NULL
);

-- Not reported:
CREATE TABLE suppliers (
    id uuid PRIMARY KEY,
    name text NOT NULL CHECK (length(name) <= 100)
);
