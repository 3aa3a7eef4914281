-- L308 time-with-time-zone: a time with time zone (timetz) column.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE shops (
    id uuid PRIMARY KEY,
    -- expect: L308 @+1 time with time zone
    opens_at time with time zone NOT NULL
);

-- Not reported:
CREATE TABLE stalls (
    id uuid PRIMARY KEY,
    opens time NOT NULL,
    time_zone text NOT NULL
);
