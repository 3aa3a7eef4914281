-- L202 fk-type-mismatch: a foreign-key column's type differs from the referenced column's.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    -- expect: L202 @+1 is integer but references `users.id`, which is bigint
    user_id integer NOT NULL REFERENCES users (id)
);

-- Not reported:
CREATE TABLE shoppers (id bigint PRIMARY KEY);
CREATE TABLE carts (
    id bigint PRIMARY KEY,
    shopper_id bigint NOT NULL REFERENCES shoppers (id)
);
