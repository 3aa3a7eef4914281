-- L301 timestamp-without-time-zone: a timestamp column without time zone.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE logins (
    id uuid PRIMARY KEY,
    -- expect: L301 @+1 timestamp without time zone
    happened_at timestamp NOT NULL
);

-- Not reported:
CREATE TABLE signups (
    id uuid PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now()
);
