-- L409 name-needs-quoting: a name holds spaces or punctuation, or starts with a digit, and needs quoting everywhere.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L409 @+1 need double quotes
CREATE TABLE "order items" (
    id uuid PRIMARY KEY,
    -- expect: L409 @+1 need double quotes
    "unit-price" numeric(19,4)
);

-- Not reported:
CREATE TABLE order_items (
    id uuid PRIMARY KEY,
    unit_price numeric(19,4)
);
