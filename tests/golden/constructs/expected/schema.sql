SET check_function_bodies = false;

CREATE SCHEMA billing;

COMMENT ON SCHEMA billing IS 'Money matters';

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'cancelled'
);

COMMENT ON TYPE order_status IS 'Lifecycle of an order';

CREATE TYPE billing.address AS (
    street text,
    city text,
    zip character varying(10)
);

CREATE DOMAIN email AS text
    CHECK (value ~ '^[^@]+@[^@]+$');

CREATE DOMAIN positive_amount AS numeric(12,2)
    NOT NULL
    CONSTRAINT positive_amount_check CHECK (value > 0);

CREATE SEQUENCE invoice_number_seq
    AS integer
    INCREMENT BY 1
    MINVALUE 1000
    START WITH 1000
    CACHE 1;

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE TABLE tenants (
    id bigint GENERATED ALWAYS AS IDENTITY (INCREMENT BY 10 START WITH 100),
    slug character varying(63) NOT NULL,
    name text COLLATE "C" NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT current_timestamp NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT tenants_slug_key UNIQUE (slug),
    CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9-]+$')
);

COMMENT ON TABLE tenants IS 'One customer organisation';

COMMENT ON COLUMN tenants.slug IS 'URL-safe handle';

CREATE TABLE "user" (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id bigint NOT NULL,
    "Display Name" text,
    email email NOT NULL,
    manager_id uuid,
    "rôle" text DEFAULT 'member' CHECK ("rôle" IN ('owner', 'admin', 'member')),
    tags text[] DEFAULT '{}',
    score double precision,
    created_at timestamp(3) without time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone,
    CONSTRAINT user_pkey PRIMARY KEY (id),
    CONSTRAINT user_tenant_email_key UNIQUE NULLS NOT DISTINCT (tenant_id, email),
    CONSTRAINT user_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE,
    CONSTRAINT user_manager_fk FOREIGN KEY (manager_id) REFERENCES "user" (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX user_lower_email_idx ON "user" ((lower(email::text)));

CREATE UNIQUE INDEX user_active_name ON "user" (tenant_id, "Display Name" DESC NULLS LAST) INCLUDE (email) WHERE (updated_at IS NOT NULL);

CREATE INDEX ON "user" USING gin (tags);

CREATE TABLE orders (
    id bigserial,
    tenant_id bigint NOT NULL,
    customer_id uuid,
    status order_status DEFAULT 'pending' NOT NULL,
    total numeric(12,2) NOT NULL CHECK (total >= 0),
    total_with_tax numeric(12,2) GENERATED ALWAYS AS (total * 1.2) STORED,
    invoice_number integer DEFAULT nextval('invoice_number_seq'::regclass),
    shipping billing.address,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id),
    CHECK (status <> 'cancelled' OR total = 0),
    FOREIGN KEY (tenant_id) REFERENCES tenants ON UPDATE CASCADE,
    FOREIGN KEY (customer_id) REFERENCES "user" (id) MATCH FULL ON DELETE RESTRICT
)
WITH (fillfactor=90);

CREATE INDEX orders_tenant_placed ON orders (tenant_id, placed_at DESC) WITH (fillfactor=80);

CREATE TABLE order_lines (
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    sku text NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

ALTER TABLE order_lines
    ADD CONSTRAINT order_lines_quantity_check CHECK (quantity > 0) NOT VALID;

ALTER TABLE order_lines
    ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE NOT VALID;

CREATE TABLE rooms (
    id integer,
    name text,
    PRIMARY KEY (id)
);

CREATE TABLE bookings (
    room_id integer NOT NULL,
    during tstzrange NOT NULL,
    FOREIGN KEY (room_id) REFERENCES rooms,
    EXCLUDE USING gist (room_id WITH =, during WITH &&)
);

CREATE TABLE departments (
    id integer,
    head_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE employees (
    id integer,
    department_id integer,
    PRIMARY KEY (id),
    FOREIGN KEY (department_id) REFERENCES departments (id)
);

CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    payload jsonb
)
PARTITION BY RANGE (occurred_at);

CREATE TABLE events_2026_01 PARTITION OF events
FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');

CREATE TABLE events_default PARTITION OF events
DEFAULT;

CREATE UNLOGGED TABLE cache_entries (
    key text,
    value bytea,
    expires_at timestamp with time zone,
    PRIMARY KEY (key)
);

CREATE TABLE documents (
    id bigint,
    tenant_id bigint NOT NULL,
    body text,
    PRIMARY KEY (id),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id)
);

ALTER TABLE departments
    ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_id) REFERENCES employees (id);

ALTER SEQUENCE invoice_number_seq OWNED BY orders.invoice_number;

CREATE FUNCTION tenant_orders(p_tenant bigint) RETURNS SETOF orders LANGUAGE sql STABLE AS $$ SELECT * FROM orders WHERE tenant_id = p_tenant $$;

CREATE VIEW active_users AS
SELECT u.id, u.email, t.name AS tenant_name FROM "user" u JOIN tenants t ON t.id = u.tenant_id WHERE u.updated_at IS NOT NULL;

COMMENT ON VIEW active_users IS 'Users seen at least once';

CREATE MATERIALIZED VIEW tenant_order_totals AS
SELECT tenant_id, sum(total) AS total FROM orders GROUP BY tenant_id
WITH NO DATA;

CREATE UNIQUE INDEX tenant_order_totals_tenant ON tenant_order_totals (tenant_id);

CREATE TRIGGER tenants_touch BEFORE UPDATE ON "user" FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY documents_tenant_isolation ON documents
    USING (tenant_id = current_setting('app.tenant_id')::bigint);

CREATE POLICY documents_insert ON documents
    AS RESTRICTIVE
    FOR INSERT
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::bigint);
