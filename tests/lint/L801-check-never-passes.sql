-- L801 check-never-passes: a CHECK constraint no row can satisfy.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE items (
    id uuid PRIMARY KEY,
    quantity integer NOT NULL,
    -- expect: L801 @+1 can never pass
    CHECK (quantity > 10 AND quantity < 5),
    -- expect: L801 @+1 can only pass while discount is NULL
    discount integer CHECK (discount IN (1, 2) AND discount > 5)
);

-- Not reported:
CREATE TABLE lines (
    id uuid PRIMARY KEY,
    quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100),
    note text CHECK (note IS NULL OR length(note) > 0)
);
