-- L311 null-string-default: a default of the string 'NULL' where SQL NULL was probably meant.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE contacts (
    id uuid PRIMARY KEY,
    -- expect: L311 @+1 defaults to the string 'NULL'
    nickname text DEFAULT 'NULL'
);

-- Not reported:
CREATE TABLE friends (
    id uuid PRIMARY KEY,
    nickname text DEFAULT NULL
);
