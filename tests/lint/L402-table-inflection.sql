-- L402 table-inflection: a table name is not plural (or singular, as configured).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L402 @+1 is singular
CREATE TABLE invoice (
    id uuid PRIMARY KEY
);

-- Not reported:
CREATE TABLE invoices (id uuid PRIMARY KEY);
CREATE TABLE order_items (id uuid PRIMARY KEY);
CREATE TABLE people (id uuid PRIMARY KEY);
