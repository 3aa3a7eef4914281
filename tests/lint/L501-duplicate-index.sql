-- L501 duplicate-index: two indexes or keys cover the same columns in the same way.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (id uuid PRIMARY KEY, customer_id uuid NOT NULL);
CREATE INDEX idx_orders_customer ON orders (customer_id);
-- expect: L501 @+1 duplicates index `idx_orders_customer`
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
-- expect: L501 @+1 duplicates the primary key
CREATE INDEX idx_orders_id ON orders (id);

-- Not reported:
CREATE TABLE carts (id uuid PRIMARY KEY, customer_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX idx_carts_customer ON carts (customer_id);
CREATE INDEX idx_carts_created ON carts (created_at);
