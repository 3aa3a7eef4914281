-- L502 redundant-prefix-index: an index is a leading prefix of another index.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (id uuid PRIMARY KEY, customer_id uuid NOT NULL, created_at timestamptz NOT NULL);
-- expect: L502 @+1 is a leading prefix of index `idx_orders_customer_created`
CREATE INDEX idx_orders_customer ON orders (customer_id);
CREATE INDEX idx_orders_customer_created ON orders (customer_id, created_at);

-- Not reported:
CREATE TABLE carts (id uuid PRIMARY KEY, customer_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX idx_carts_created ON carts (created_at);
CREATE INDEX idx_carts_customer_created ON carts (customer_id, created_at);
