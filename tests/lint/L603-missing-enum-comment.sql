-- L603 missing-enum-comment: an enum type has no comment.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L603 @+1 enum type `mood` has no comment
CREATE TYPE mood AS ENUM ('happy', 'sad');

-- Not reported:
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
COMMENT ON TYPE order_state IS 'Lifecycle of an order; values only ever appended.';
