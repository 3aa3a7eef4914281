CREATE TABLE accounts (
    id bigint PRIMARY KEY
);

/* Orders: the block comment below is never closed,
   so everything after it is part of the comment.

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id)
);
