-- L102 primary-key-type: a single-column primary key does not have the configured type (uuid or bigint).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (
    -- expect: L102 @+1 is integer; the policy is uuid
    id integer PRIMARY KEY,
    total numeric(19,4) NOT NULL
);

-- Not reported:
CREATE TABLE invoices (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    total numeric(19,4) NOT NULL
);
