-- L905 timestamp-column-default: created_at/updated_at is nullable or has no DEFAULT now().
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE notes (
    id uuid PRIMARY KEY,
    -- expect: L905 @+1 is nullable and has no DEFAULT now()
    created_at timestamptz
);

-- Not reported:
CREATE TABLE memos (
    id uuid PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
