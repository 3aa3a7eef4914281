-- L805 nullable-boolean: a nullable boolean column has three states.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE posts (
    id uuid PRIMARY KEY,
    -- expect: L805 @+1 is nullable
    archived boolean
);

-- Not reported:
CREATE TABLE pages (
    id uuid PRIMARY KEY,
    archived boolean NOT NULL DEFAULT false
);
