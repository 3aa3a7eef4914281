-- L406 identifier-too-long: a name is longer than 63 bytes and would be truncated.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L406 @+1 is 63 bytes
CREATE TABLE customer_subscription_renewal_reminder_delivery_attempt_records (
    id uuid PRIMARY KEY
);

-- Not reported:
CREATE TABLE renewal_reminder_attempts (
    id uuid PRIMARY KEY
);
