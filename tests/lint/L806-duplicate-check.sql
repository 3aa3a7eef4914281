-- L806 duplicate-check: the same CHECK constraint is declared twice.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE lines (
    id uuid PRIMARY KEY,
    quantity integer NOT NULL CONSTRAINT lines_quantity_positive CHECK (quantity > 0),
    -- expect: L806 @+1 repeats an earlier CHECK
    CONSTRAINT lines_quantity_check2 CHECK (quantity > 0)
);

-- Not reported:
CREATE TABLE rows (
    id uuid PRIMARY KEY,
    quantity integer NOT NULL CHECK (quantity > 0),
    price numeric(19,4) NOT NULL CHECK (price >= 0)
);
