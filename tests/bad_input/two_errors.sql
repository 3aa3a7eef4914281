CREATE TABLE authors (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id bigint PRIMARY KEY,,
    title text NOT NULL
);

CREATE TABLE tags (
    id bigint PRIMARY KEY
);

CREATE TABLE book_authors (
    book_id bigint REFERENCES books (id) ON DELETE EXPLODE,
    author_id bigint REFERENCES authors (id)
);
