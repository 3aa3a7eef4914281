-- L104 composite-primary-key: a composite primary key on a table that is not a join table.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (
    id uuid PRIMARY KEY
);
CREATE TABLE order_lines (
    order_id uuid NOT NULL REFERENCES orders (id),
    line_no integer NOT NULL,
    sku text NOT NULL,
    -- expect: L104 @+1 composite primary key (order_id, line_no)
    PRIMARY KEY (order_id, line_no)
);

-- Not reported:
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE roles (id uuid PRIMARY KEY);
CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users (id),
    role_id uuid NOT NULL REFERENCES roles (id),
    PRIMARY KEY (user_id, role_id)
);
