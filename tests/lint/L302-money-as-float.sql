-- L302 money-as-float: a money column stored as a binary floating-point number.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE products (
    id uuid PRIMARY KEY,
    -- expect: L302 @+1 holds money as double precision
    price double precision NOT NULL
);

-- Not reported:
CREATE TABLE services (
    id uuid PRIMARY KEY,
    price numeric(19,4) NOT NULL,
    weight double precision
);
