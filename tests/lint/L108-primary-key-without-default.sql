-- L108 primary-key-without-default: a surrogate primary key has no default or identity, so every writer must invent ids.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE devices (
    -- expect: L108 @+1 has no default
    id uuid PRIMARY KEY,
    name text NOT NULL
);

-- Not reported:
CREATE TABLE gadgets (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL
);
CREATE TABLE gadget_specs (
    id uuid PRIMARY KEY REFERENCES gadgets (id) ON DELETE CASCADE,
    spec jsonb NOT NULL
);
