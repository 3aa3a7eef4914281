-- L315 money-numeric-without-scale: a money column declared numeric without precision and scale.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE quotes (
    id uuid PRIMARY KEY,
    -- expect: L315 @+1 numeric without precision and scale
    price numeric NOT NULL
);

-- Not reported:
CREATE TABLE offers (
    id uuid PRIMARY KEY,
    price numeric(19,4) NOT NULL
);
