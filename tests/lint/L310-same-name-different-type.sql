-- L310 same-name-different-type: columns with the same name have different types across tables.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE invoices (id uuid PRIMARY KEY, amount numeric(12,2) NOT NULL);
CREATE TABLE payments (id uuid PRIMARY KEY, amount numeric(12,2) NOT NULL);
CREATE TABLE refunds (
    id uuid PRIMARY KEY,
    -- expect: L310 @+1 is integer but `invoices.amount` is numeric(12,2)
    amount integer NOT NULL
);

-- Not reported:
CREATE TABLE labels (id uuid PRIMARY KEY, title text NOT NULL);
CREATE TABLE badges (id uuid PRIMARY KEY, title text NOT NULL);
