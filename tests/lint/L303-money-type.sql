-- L303 money-type: the locale-dependent money type.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
CREATE TABLE wallets (
    id uuid PRIMARY KEY,
    -- expect: L303 @+1 uses the money type
    balance money NOT NULL
);

-- Not reported:
CREATE TABLE purses (
    id uuid PRIMARY KEY,
    balance numeric(19,4) NOT NULL,
    currency char(3) NOT NULL
);
