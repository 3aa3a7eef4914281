-- L401 name-case: a name does not follow the configured case (snake_case by default).
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L401 @+1 table name `UserAccounts` is not snake_case
CREATE TABLE "UserAccounts" (
    id uuid PRIMARY KEY,
    -- expect: L401 @+1 column name `firstName` is not snake_case
    "firstName" text NOT NULL
);

-- Not reported:
CREATE TABLE user_accounts (
    id uuid PRIMARY KEY,
    first_name text NOT NULL
);
