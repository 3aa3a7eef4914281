-- L903 incrementing-columns: numbered columns (phone1, phone2) that suggest a missing child table.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE contacts (
    id uuid PRIMARY KEY,
    -- expect: L903 @+1 columns phone1, phone2
    phone1 text,
    phone2 text
);

-- Not reported:
CREATE TABLE people (id uuid PRIMARY KEY, sha256 text);
CREATE TABLE phone_numbers (
    id uuid PRIMARY KEY,
    person_id uuid NOT NULL REFERENCES people (id),
    number text NOT NULL
);
