--
-- PostgreSQL database dump
--

\restrict schemaforgefixture

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: SCHEMA app; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA app IS 'application';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: email; Type: DOMAIN; Schema: app; Owner: postgres
--

CREATE DOMAIN app.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '@'::text));


ALTER DOMAIN app.email OWNER TO postgres;

--
-- Name: DOMAIN email; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON DOMAIN app.email IS 'email';


--
-- Name: pair; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.pair AS (
	a integer,
	b text
);


ALTER TYPE app.pair OWNER TO postgres;

--
-- Name: status; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.status AS ENUM (
    'active',
    'inactive',
    'it''s'
);


ALTER TYPE app.status OWNER TO postgres;

--
-- Name: TYPE status; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON TYPE app.status IS 'status';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: users; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.users (
    id bigint NOT NULL,
    org_id uuid,
    email app.email NOT NULL,
    status app.status DEFAULT 'active'::app.status,
    score numeric(10,2) DEFAULT 0,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    full_name text GENERATED ALWAYS AS (lower((email)::text)) STORED,
    tags text[] DEFAULT '{}'::text[],
    period tsrange,
    p app.pair,
    "Weird Name" integer,
    CONSTRAINT users_score_check CHECK ((score >= (0)::numeric))
)
WITH (fillfactor='80');


ALTER TABLE app.users OWNER TO postgres;

--
-- Name: TABLE users; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON TABLE app.users IS 'Users';


--
-- Name: COLUMN users.email; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON COLUMN app.users.email IS 'Login';


--
-- Name: active_users(uuid); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.active_users(o uuid DEFAULT NULL::uuid) RETURNS SETOF app.users
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM app.users WHERE status = 'active' $$;


ALTER FUNCTION app.active_users(o uuid) OWNER TO postgres;

--
-- Name: FUNCTION active_users(o uuid); Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON FUNCTION app.active_users(o uuid) IS 'active users';


--
-- Name: noop(integer); Type: PROCEDURE; Schema: app; Owner: postgres
--

CREATE PROCEDURE app.noop(INOUT x integer)
    LANGUAGE sql
    AS $$ SELECT x $$;


ALTER PROCEDURE app.noop(INOUT x integer) OWNER TO postgres;

--
-- Name: touch(); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$;


ALTER FUNCTION app.touch() OWNER TO postgres;

--
-- Name: concat_all(text); Type: AGGREGATE; Schema: app; Owner: postgres
--

CREATE AGGREGATE app.concat_all(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);


ALTER AGGREGATE app.concat_all(text) OWNER TO postgres;

--
-- Name: active; Type: VIEW; Schema: app; Owner: postgres
--

CREATE VIEW app.active AS
 SELECT users.id,
    users.email
   FROM app.users
  WHERE (users.status = 'active'::app.status)
  WITH CASCADED CHECK OPTION;


ALTER TABLE app.active OWNER TO postgres;

--
-- Name: VIEW active; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON VIEW app.active IS 'active';


--
-- Name: audit; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.audit (
    id integer,
    note text
);


ALTER TABLE app.audit OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.events (
    id integer NOT NULL,
    at date NOT NULL,
    kind text
)
PARTITION BY RANGE (at);


ALTER TABLE app.events OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: app; Owner: postgres
--

CREATE SEQUENCE app.events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.events_id_seq OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: postgres
--

ALTER SEQUENCE app.events_id_seq OWNED BY app.events.id;


--
-- Name: SEQUENCE events_id_seq; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON SEQUENCE app.events_id_seq IS 'seq';


--
-- Name: events_2024; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.events_2024 (
    id integer DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    at date NOT NULL,
    kind text
);


ALTER TABLE app.events_2024 OWNER TO postgres;

--
-- Name: events_rest; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.events_rest (
    id integer DEFAULT nextval('app.events_id_seq'::regclass) NOT NULL,
    at date NOT NULL,
    kind text
);


ALTER TABLE app.events_rest OWNER TO postgres;

--
-- Name: h; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.h (
    id integer
)
PARTITION BY HASH (id);


ALTER TABLE app.h OWNER TO postgres;

--
-- Name: h0; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.h0 (
    id integer
);


ALTER TABLE app.h0 OWNER TO postgres;

--
-- Name: h1; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.h1 (
    id integer
);


ALTER TABLE app.h1 OWNER TO postgres;

--
-- Name: org_counts; Type: MATERIALIZED VIEW; Schema: app; Owner: postgres
--

CREATE MATERIALIZED VIEW app.org_counts AS
 SELECT users.org_id,
    count(*) AS n
   FROM app.users
  GROUP BY users.org_id
  WITH NO DATA;


ALTER TABLE app.org_counts OWNER TO postgres;

--
-- Name: MATERIALIZED VIEW org_counts; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON MATERIALIZED VIEW app.org_counts IS 'counts';


--
-- Name: orgs; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.orgs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL
);


ALTER TABLE app.orgs OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: app; Owner: postgres
--

ALTER TABLE app.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events_2024; Type: TABLE ATTACH; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.events ATTACH PARTITION app.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: events_rest; Type: TABLE ATTACH; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.events ATTACH PARTITION app.events_rest DEFAULT;


--
-- Name: h0; Type: TABLE ATTACH; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.h ATTACH PARTITION app.h0 FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: h1; Type: TABLE ATTACH; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.h ATTACH PARTITION app.h1 FOR VALUES WITH (modulus 2, remainder 1);


--
-- Name: events id; Type: DEFAULT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.events ALTER COLUMN id SET DEFAULT nextval('app.events_id_seq'::regclass);


--
-- Data for Name: audit; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.audit (id, note) FROM stdin;
1	\\.
2	\\.
\.


--
-- Data for Name: events_2024; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.events_2024 (id, at, kind) FROM stdin;
\.


--
-- Data for Name: events_rest; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.events_rest (id, at, kind) FROM stdin;
\.


--
-- Data for Name: h0; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.h0 (id) FROM stdin;
\.


--
-- Data for Name: h1; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.h1 (id) FROM stdin;
\.


--
-- Data for Name: orgs; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.orgs (id, name) FROM stdin;
1541f8b2-958e-4c82-8813-764ed857d3a6	acme
25a9d0b0-e072-4736-8d27-b6f9392011d3	back\\slash \\. and tab\there
9c751b41-d8e0-425b-b243-370985904462	line\n\\.\nnext
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.users (id, org_id, email, status, score, created_at, tags, period, p, "Weird Name") FROM stdin;
\.


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: app; Owner: postgres
--

SELECT pg_catalog.setval('app.events_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: app; Owner: postgres
--

SELECT pg_catalog.setval('app.users_id_seq', 1, false);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);


--
-- Name: events_2024 events_2024_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.events_2024
    ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id, at);


--
-- Name: events_rest events_rest_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.events_rest
    ADD CONSTRAINT events_rest_pkey PRIMARY KEY (id, at);


--
-- Name: orgs orgs_name_key; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.orgs
    ADD CONSTRAINT orgs_name_key UNIQUE NULLS NOT DISTINCT (name);


--
-- Name: orgs orgs_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.orgs
    ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);


--
-- Name: users users_org_id_period_excl; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_org_id_period_excl EXCLUDE USING gist (org_id WITH =, period WITH &&);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: events_kind; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX events_kind ON ONLY app.events USING btree (kind);


--
-- Name: events_2024_kind_idx; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX events_2024_kind_idx ON app.events_2024 USING btree (kind);


--
-- Name: events_rest_kind_idx; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX events_rest_kind_idx ON app.events_rest USING btree (kind);


--
-- Name: org_counts_org; Type: INDEX; Schema: app; Owner: postgres
--

CREATE UNIQUE INDEX org_counts_org ON app.org_counts USING btree (org_id);


--
-- Name: users_email; Type: INDEX; Schema: app; Owner: postgres
--

CREATE UNIQUE INDEX users_email ON app.users USING btree (lower((email)::text) DESC NULLS LAST) INCLUDE (status) WHERE (status <> 'inactive'::app.status);


--
-- Name: INDEX users_email; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON INDEX app.users_email IS 'unique email';


--
-- Name: users_tags; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX users_tags ON app.users USING gin (tags);


--
-- Name: events_2024_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: postgres
--

ALTER INDEX app.events_kind ATTACH PARTITION app.events_2024_kind_idx;


--
-- Name: events_2024_pkey; Type: INDEX ATTACH; Schema: app; Owner: postgres
--

ALTER INDEX app.events_pkey ATTACH PARTITION app.events_2024_pkey;


--
-- Name: events_rest_kind_idx; Type: INDEX ATTACH; Schema: app; Owner: postgres
--

ALTER INDEX app.events_kind ATTACH PARTITION app.events_rest_kind_idx;


--
-- Name: events_rest_pkey; Type: INDEX ATTACH; Schema: app; Owner: postgres
--

ALTER INDEX app.events_pkey ATTACH PARTITION app.events_rest_pkey;


--
-- Name: audit audit_no_delete; Type: RULE; Schema: app; Owner: postgres
--

CREATE RULE audit_no_delete AS
    ON DELETE TO app.audit DO INSTEAD NOTHING;


--
-- Name: users users_touch; Type: TRIGGER; Schema: app; Owner: postgres
--

CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF email ON app.users FOR EACH ROW WHEN ((new.email IS NOT NULL)) EXECUTE FUNCTION app.touch();


--
-- Name: TRIGGER users_touch ON users; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON TRIGGER users_touch ON app.users IS 'touch';


--
-- Name: users users_org_fk2; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_org_fk2 FOREIGN KEY (org_id) REFERENCES app.orgs(id) MATCH FULL NOT VALID;


--
-- Name: CONSTRAINT users_org_fk2 ON users; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON CONSTRAINT users_org_fk2 ON app.users IS 'second fk';


--
-- Name: users users_org_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs(id) ON DELETE SET NULL (org_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: users org_isolation; Type: POLICY; Schema: app; Owner: postgres
--

CREATE POLICY org_isolation ON app.users AS RESTRICTIVE FOR SELECT USING ((org_id = (current_setting('app.org'::text))::uuid));


--
-- Name: POLICY org_isolation ON users; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON POLICY org_isolation ON app.users IS 'isolation';


--
-- Name: users; Type: ROW SECURITY; Schema: app; Owner: postgres
--

ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;

--
-- PostgreSQL database dump complete
--

\unrestrict schemaforgefixture

