-- L706 join-table-without-key: a link table's two foreign keys are not unique together, so links can repeat.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE groups (id uuid PRIMARY KEY);
-- expect: L706 @+1 does not make (user_id, group_id) unique
CREATE TABLE memberships (
    user_id uuid NOT NULL REFERENCES users (id),
    group_id uuid NOT NULL REFERENCES groups (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Not reported:
CREATE TABLE subscriptions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    group_id uuid NOT NULL REFERENCES groups (id),
    UNIQUE (user_id, group_id)
);
