-- L804 check-is-not-null: CHECK (col IS NOT NULL) where a NOT NULL constraint fits.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text,
    -- expect: L804 @+1 says what NOT NULL on `email` says
    CHECK (email IS NOT NULL)
);

-- Not reported:
CREATE TABLE admins (
    id uuid PRIMARY KEY,
    email text NOT NULL
);
