-- L802 default-violates-check: a column's default is rejected by its own CHECK constraint.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE tickets (
    id uuid PRIMARY KEY,
    -- expect: L802 @+1 is rejected by CHECK
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('open', 'closed')),
    -- expect: L802 @+1 is rejected by CHECK
    priority integer NOT NULL DEFAULT 0 CHECK (priority > 0)
);

-- Not reported:
CREATE TABLE incidents (
    id uuid PRIMARY KEY,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    priority integer NOT NULL DEFAULT 1 CHECK (priority > 0)
);
