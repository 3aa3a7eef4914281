-- L807 tenant-table-without-rls: a table with a tenancy column has no row-level security.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE tenants (id uuid PRIMARY KEY);
-- expect: L807 @+1 row-level security is not enabled
CREATE TABLE projects (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id)
);

-- Not reported:
CREATE TABLE boards (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id)
);
ALTER TABLE boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY boards_tenant ON boards USING (tenant_id = current_setting('app.tenant_id')::uuid);
