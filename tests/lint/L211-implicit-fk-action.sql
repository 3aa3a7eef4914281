-- L211 implicit-fk-action: a foreign key relies on the implicit ON DELETE NO ACTION instead of choosing one.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    -- expect: L211 @+1 has no ON DELETE action
    user_id uuid NOT NULL REFERENCES users (id)
);

-- Not reported:
CREATE TABLE owners (id uuid PRIMARY KEY);
CREATE TABLE pets (
    id uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES owners (id) ON DELETE RESTRICT
);
