-- L404 index-prefix: an index name does not start with the configured prefix (idx_).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (id uuid PRIMARY KEY, created_at timestamptz NOT NULL);
-- expect: L404 @+1 does not start with `idx_`
CREATE INDEX orders_created_at ON orders (created_at);

-- Not reported:
CREATE TABLE carts (id uuid PRIMARY KEY, created_at timestamptz NOT NULL);
CREATE INDEX idx_carts_created_at ON carts (created_at);
