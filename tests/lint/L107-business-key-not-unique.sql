-- L107 business-key-not-unique: a natural key column (email, slug, ...) has no unique constraint.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE customers (
    id uuid PRIMARY KEY,
    -- expect: L107 @+1 is a natural key but no unique constraint covers it
    email text NOT NULL
);

-- Not reported:
CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE people (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    email text NOT NULL,
    UNIQUE (tenant_id, email)
);
