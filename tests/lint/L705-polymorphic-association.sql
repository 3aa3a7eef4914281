-- L705 polymorphic-association: a *_type + *_id pair points at different tables without a foreign key.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE comments (
    id uuid PRIMARY KEY,
    commentable_type text NOT NULL,
    -- expect: L705 @+1 polymorphic association
    commentable_id uuid NOT NULL
);

-- Not reported:
CREATE TABLE articles (id uuid PRIMARY KEY);
CREATE TABLE videos (id uuid PRIMARY KEY);
CREATE TABLE remarks (
    id uuid PRIMARY KEY,
    article_id uuid REFERENCES articles (id),
    video_id uuid REFERENCES videos (id),
    CHECK (num_nonnulls(article_id, video_id) = 1)
);
