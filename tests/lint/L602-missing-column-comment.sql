-- L602 missing-column-comment: a column has no comment.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE payments (
    -- expect: L602 @+1 has no comment (2 of 4 columns documented, 50%)
    id uuid PRIMARY KEY,
    -- expect: L602 @+1 has no comment
    amount bigint NOT NULL
);

-- Not reported:
CREATE TABLE refunds (
    id uuid PRIMARY KEY,
    amount bigint NOT NULL
);
COMMENT ON COLUMN refunds.id IS 'Refund identifier.';
COMMENT ON COLUMN refunds.amount IS 'Amount in cents of the payment currency.';
