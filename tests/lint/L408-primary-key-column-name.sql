-- L408 primary-key-column-name: a single-column surrogate primary key is not named as configured (id).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE widgets (
    -- expect: L408 @+1 is not named `id`
    widget_id uuid PRIMARY KEY,
    name text NOT NULL
);

-- Not reported:
CREATE TABLE gizmos (
    id uuid PRIMARY KEY,
    name text NOT NULL
);
