-- L206 fk-to-missing-table: a foreign key references a table that is not in the schema.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE invoices (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL,
    -- expect: L206 @+1 not in the schema
    CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES billing.customers (id)
);

-- Not reported:
CREATE TABLE clients (id uuid PRIMARY KEY);
CREATE TABLE bills (
    id uuid PRIMARY KEY,
    client_id uuid NOT NULL REFERENCES clients (id)
);
