-- L604 missing-view-comment: a view has no comment.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE users (id uuid PRIMARY KEY, active boolean NOT NULL);
-- expect: L604 @+1 view `active_users` has no comment
CREATE VIEW active_users AS SELECT id FROM users WHERE active;

-- Not reported:
CREATE VIEW inactive_users AS SELECT id FROM users WHERE NOT active;
COMMENT ON VIEW inactive_users IS 'Users to remind; read by the mailer.';
