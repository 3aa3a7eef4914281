-- L803 status-without-default: a NOT NULL status-like column has no default.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (
    id uuid PRIMARY KEY,
    -- expect: L803 @+1 is NOT NULL without a default
    status text NOT NULL CHECK (status IN ('new', 'paid'))
);

-- Not reported:
CREATE TABLE carts (
    id uuid PRIMARY KEY,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ordered'))
);
