-- L313 uuid-as-text: a UUID stored as text or char(36).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    -- expect: L313 @+1 stores a UUID as text
    external_uuid text NOT NULL,
    -- expect: L313 @+1 stores a UUID as character(36)
    token char(36) NOT NULL
);

-- Not reported:
CREATE TABLE tokens (
    id uuid PRIMARY KEY,
    external_uuid uuid NOT NULL
);
