-- A typo in the first keyword.
CREATE TABLE customers (
    id bigint PRIMARY KEY
);

CREAT TABLE accounts (
    id bigint PRIMARY KEY,
    customer_id bigint REFERENCES customers (id)
);
