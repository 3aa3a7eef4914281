-- L306 enum-like-without-check: a status-like text column has no CHECK list and no enum type.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE orders (
    id uuid PRIMARY KEY,
    -- expect: L306 @+1 nothing enforces it
    status text NOT NULL DEFAULT 'new'
);

-- Not reported:
CREATE TYPE shipment_status AS ENUM ('new', 'sent', 'delivered');
CREATE TABLE shipments (
    id uuid PRIMARY KEY,
    status shipment_status NOT NULL DEFAULT 'new',
    kind text NOT NULL CHECK (kind IN ('parcel', 'letter'))
);
