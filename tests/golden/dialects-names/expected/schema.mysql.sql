CREATE TABLE users (
    id INT NOT NULL,
    email VARCHAR(768) NOT NULL COMMENT 'Where mail goes.',
    name VARCHAR(255) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    verified BOOLEAN,
    token CHAR(36) DEFAULT (uuid()) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT email_unique UNIQUE (email),
    CONSTRAINT name_check CHECK (char_length(name) > 0)
)
COMMENT = 'People who sign in.
Second line.';

CREATE INDEX users_name ON users (name) COMMENT 'Look-up by name.';

CREATE TABLE billing_users (
    id INT NOT NULL,
    name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT billing_users_name_check CHECK (char_length(name) > 0)
);

CREATE INDEX users_name ON billing_users (name);

CREATE TABLE orders (
    id INT NOT NULL,
    user_id INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE invoices (
    id INT NOT NULL,
    user_id INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT invoices_fk_user FOREIGN KEY (user_id) REFERENCES billing_users (id)
);

CREATE TABLE documents_with_a_rather_long_table_name_for_the_purpose_of_name (
    path VARCHAR(384) NOT NULL,
    locale VARCHAR(384) NOT NULL,
    title VARCHAR(300),
    summary VARCHAR(300),
    abstract VARCHAR(300),
    body VARCHAR(300),
    user_id INT,
    CONSTRAINT documents_pkey PRIMARY KEY (path, locale),
    CONSTRAINT documents_with_a_rather_long_table_name_for_the_purpose_9f5f5ce4 FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE INDEX document_texts_by_title_summary_abstract_and_body ON documents_with_a_rather_long_table_name_for_the_purpose_of_name (title(192), summary(192), abstract(192), body(192));

CREATE INDEX documents_locale_title ON documents_with_a_rather_long_table_name_for_the_purpose_of_name (locale(255), title(255));

CREATE TABLE `Odd "Table" ñandú` (
    `select` INT NOT NULL,
    `with space` INT NOT NULL,
    `qu"ote` VARCHAR(50),
    `Ünïcödé` VARCHAR(50) DEFAULT 'ü',
    `MixedCase` INT,
    PRIMARY KEY (`select`),
    CONSTRAINT `unique "with space"` UNIQUE (`with space`),
    CHECK (`MixedCase` >= 0)
);

CREATE INDEX `idx "ñ" select` ON `Odd "Table" ñandú` (`Ünïcödé`, `qu"ote`);

CREATE TABLE `order` (
    `group` INT NOT NULL,
    `with space` INT,
    PRIMARY KEY (`group`),
    FOREIGN KEY (`with space`) REFERENCES `Odd "Table" ñandú` (`with space`)
);
