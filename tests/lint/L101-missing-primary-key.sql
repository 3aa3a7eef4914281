-- L101 missing-primary-key: a table has no primary key.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L101 @+1 has no primary key
CREATE TABLE notes (
    body text NOT NULL
);

-- Not reported:
CREATE TABLE memos (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    body text NOT NULL
);
