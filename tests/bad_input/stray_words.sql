CREATE TABLE a (
    id bigint PRIMARY KEY
);

lorem ipsum dolor;

CREATE TABLE b (
    id bigint PRIMARY KEY
);
