-- L209 fk-references-itself: a foreign key references its own column.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE nodes (
    id uuid PRIMARY KEY,
    -- expect: L209 @+1 references its own column
    CONSTRAINT nodes_self FOREIGN KEY (id) REFERENCES nodes (id)
);

-- Not reported:
CREATE TABLE folders (
    id uuid PRIMARY KEY,
    parent_id uuid REFERENCES folders (id) ON DELETE CASCADE
);
