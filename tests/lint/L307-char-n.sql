-- L307 char-n: a blank-padded char(n) column.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE airports (
    id uuid PRIMARY KEY,
    -- expect: L307 @+1 pads with blanks
    code char(3) NOT NULL
);

-- Not reported:
CREATE TABLE harbours (
    id uuid PRIMARY KEY,
    code text NOT NULL CHECK (length(code) = 3)
);
