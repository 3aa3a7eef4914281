-- L704 implied-fk: a column is named like a foreign key ({singular}_id) but has no foreign key.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE customers (id uuid PRIMARY KEY);
CREATE TABLE orders (
    id uuid PRIMARY KEY,
    -- expect: L704 @+1 looks like a reference to `customers`
    customer_id uuid NOT NULL
);

-- Not reported:
CREATE TABLE vendors (id uuid PRIMARY KEY);
CREATE TABLE purchases (
    id uuid PRIMARY KEY,
    vendor_id uuid NOT NULL REFERENCES vendors (id)
);
