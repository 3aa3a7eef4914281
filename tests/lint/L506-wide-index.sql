-- L506 wide-index: an index has more key columns than the configured maximum.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).
-- config: lint: {thresholds: {max_index_columns: 2}}

-- Reported:
CREATE TABLE orders (id uuid PRIMARY KEY, a int NOT NULL, b int NOT NULL, c int NOT NULL);
-- expect: L506 @+1 has 3 key columns
CREATE INDEX idx_orders_abc ON orders (a, b, c);

-- Not reported:
CREATE TABLE carts (id uuid PRIMARY KEY, a int NOT NULL, b int NOT NULL, c int NOT NULL);
CREATE INDEX idx_carts_ab ON carts (a, b) INCLUDE (c);
