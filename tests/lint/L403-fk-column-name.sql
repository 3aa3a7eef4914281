-- L403 fk-column-name: a foreign-key column is not named after the referenced table ({singular}_id).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE notes (
    id uuid PRIMARY KEY,
    -- expect: L403 @+1 name it `user_id`
    owner uuid NOT NULL REFERENCES users (id)
);

-- Not reported:
CREATE TABLE writers (id uuid PRIMARY KEY);
CREATE TABLE essays (
    id uuid PRIMARY KEY,
    writer_id uuid NOT NULL REFERENCES writers (id),
    editor_writer_id uuid REFERENCES writers (id)
);
