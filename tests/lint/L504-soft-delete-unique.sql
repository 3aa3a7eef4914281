-- L504 soft-delete-unique: a soft-delete table's unique key also counts deleted rows.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE accounts (
    id uuid PRIMARY KEY,
    -- expect: L504 @+1 also counts deleted rows
    email text NOT NULL UNIQUE,
    deleted_at timestamptz
);
-- expect: L504 @+1 has no partial unique index
CREATE TABLE notes (
    id uuid PRIMARY KEY,
    deleted_at timestamptz
);

-- Not reported:
CREATE TABLE tenants (
    id uuid PRIMARY KEY,
    slug text NOT NULL,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX uq_tenants_slug ON tenants (slug) WHERE deleted_at IS NULL;
