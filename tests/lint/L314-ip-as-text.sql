-- L314 ip-as-text: an IP address stored as text instead of inet.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE audit_events (
    id uuid PRIMARY KEY,
    -- expect: L314 @+1 stores an IP address as text
    ip_address text
);

-- Not reported:
CREATE TABLE access_events (
    id uuid PRIMARY KEY,
    ip_address inet
);
