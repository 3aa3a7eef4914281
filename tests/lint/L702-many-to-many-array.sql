-- L702 many-to-many-array: a many-to-many relationship kept in an array column instead of a join table.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE tags (id uuid PRIMARY KEY);
CREATE TABLE posts (
    id uuid PRIMARY KEY,
    -- expect: L702 @+1 keeps a list of `tags` ids in an array
    tag_ids uuid[] NOT NULL DEFAULT '{}'
);

-- Not reported:
CREATE TABLE labels (id uuid PRIMARY KEY);
CREATE TABLE issues (id uuid PRIMARY KEY);
CREATE TABLE issue_labels (
    issue_id uuid NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    label_id uuid NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, label_id)
);
