-- L304 prefer-jsonb: a json column where jsonb fits.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE webhooks (
    id uuid PRIMARY KEY,
    -- expect: L304 @+1 is json
    payload json NOT NULL
);

-- Not reported:
CREATE TABLE callbacks (
    id uuid PRIMARY KEY,
    payload jsonb NOT NULL
);
