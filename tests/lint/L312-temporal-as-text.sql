-- L312 temporal-as-text: a date or time column (*_at, *_date) stored as text or a number.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE parcels (
    id uuid PRIMARY KEY,
    -- expect: L312 @+1 holds a point in time as text
    shipped_at text,
    -- expect: L312 @+1 holds a point in time as integer
    due_date integer
);

-- Not reported:
CREATE TABLE letters (
    id uuid PRIMARY KEY,
    shipped_at timestamptz,
    due_date date
);
