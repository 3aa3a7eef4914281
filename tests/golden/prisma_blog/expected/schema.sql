SET check_function_bodies = false;

CREATE TYPE "Role" AS ENUM (
    'READER',
    'WRITER',
    'ADMIN'
);

CREATE TABLE users (
    id uuid NOT NULL,
    email character varying(255) NOT NULL,
    name text,
    role "Role" DEFAULT 'READER' NOT NULL,
    created_at timestamp(6) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    invited_by_id uuid,
    PRIMARY KEY (id),
    UNIQUE (email),
    FOREIGN KEY (invited_by_id) REFERENCES users (id) ON UPDATE CASCADE ON DELETE SET NULL
);

COMMENT ON TABLE users IS 'Someone who can sign in.';

CREATE TABLE profiles (
    user_id uuid NOT NULL,
    bio text,
    PRIMARY KEY (user_id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE posts (
    id serial NOT NULL,
    slug text NOT NULL,
    title character varying(200) NOT NULL,
    body text NOT NULL,
    published boolean DEFAULT false NOT NULL,
    views bigint DEFAULT 0 NOT NULL,
    rating numeric(3,1),
    author_id uuid NOT NULL,
    reviewer_id uuid,
    published_at timestamp(3) without time zone,
    PRIMARY KEY (id),
    UNIQUE (slug),
    FOREIGN KEY (author_id) REFERENCES users (id) ON UPDATE CASCADE ON DELETE RESTRICT,
    FOREIGN KEY (reviewer_id) REFERENCES users (id) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE INDEX ON posts (author_id, published_at DESC);

CREATE TABLE "Tag" (
    id serial NOT NULL,
    label text NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (label)
);

CREATE TABLE "_PostToTag" (
    "A" integer NOT NULL,
    "B" integer NOT NULL,
    CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A", "B"),
    CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES posts (id) ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" (id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE INDEX "_PostToTag_B_index" ON "_PostToTag" ("B");
