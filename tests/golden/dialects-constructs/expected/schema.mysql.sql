CREATE TABLE accounts (
    id BIGINT AUTO_INCREMENT NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(40) NOT NULL COMMENT 'Public name.',
    active BOOLEAN DEFAULT TRUE NOT NULL,
    current_mood ENUM('happy', 'sad', 'it''s complicated') DEFAULT 'happy' NOT NULL,
    settings JSON DEFAULT ('{}') NOT NULL,
    tags JSON,
    token CHAR(36) DEFAULT (uuid()) NOT NULL,
    visits INT,
    note LONGTEXT DEFAULT ('back\\slash'),
    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (email),
    CHECK (char_length(handle) BETWEEN 3 AND 40)
)
COMMENT = 'People who sign in.';

CREATE INDEX accounts_active_handle ON accounts (handle);

CREATE TABLE posts (
    id INT AUTO_INCREMENT NOT NULL,
    account_id BIGINT NOT NULL,
    parent_id INT,
    title VARCHAR(200) NOT NULL,
    body LONGTEXT,
    score DECIMAL(10,2) DEFAULT 0 NOT NULL,
    word_count INT GENERATED ALWAYS AS (char_length(body) / 5) STORED,
    tip_total DECIMAL(65,30) DEFAULT 0,
    published_on DATE DEFAULT (CURRENT_DATE),
    PRIMARY KEY (id),
    CHECK (score >= 0),
    FOREIGN KEY (parent_id) REFERENCES posts (id),
    CONSTRAINT posts_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE authors (
    id INT NOT NULL,
    favourite_book_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE books (
    id INT NOT NULL,
    author_id INT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES authors (id)
);

ALTER TABLE authors
    ADD CONSTRAINT authors_favourite_fk FOREIGN KEY (favourite_book_id) REFERENCES books (id);
