-- L407 reserved-word: a name is an SQL reserved word and must always be quoted.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L407 @+1 is a reserved word
CREATE TABLE "order" (
    id uuid PRIMARY KEY,
    -- expect: L407 @+1 is a reserved word
    "desc" text
);

-- Not reported:
CREATE TABLE purchase_orders (
    id uuid PRIMARY KEY,
    description text
);
