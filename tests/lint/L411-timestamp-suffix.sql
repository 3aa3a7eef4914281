-- L411 timestamp-suffix: a timestamp column is not named *_at.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (
    id uuid PRIMARY KEY,
    -- expect: L411 @+1 is not named *_at
    last_login timestamptz
);

-- Not reported:
CREATE TABLE operators (
    id uuid PRIMARY KEY,
    last_login_at timestamptz
);
