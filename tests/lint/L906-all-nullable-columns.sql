-- L906 all-nullable-columns: every column outside the primary key is nullable.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L906 @+1 outside the primary key is nullable
CREATE TABLE contacts (
    id uuid PRIMARY KEY,
    name text,
    phone text
);

-- Not reported:
CREATE TABLE leads (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    phone text
);
