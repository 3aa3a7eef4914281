-- L703 fk-cycle: tables reference each other in a cycle.
-- Each `-- expect: CODE @+N text` wants a finding of CODE on the Nth line below it whose
-- message contains the text; no other finding of this rule may appear (tests/lint/README.md).

-- Reported:
-- expect: L703 @+1 reference each other in a cycle
CREATE TABLE stores (
    id uuid PRIMARY KEY,
    manager_id uuid
);
CREATE TABLE staff (
    id uuid PRIMARY KEY,
    store_id uuid NOT NULL REFERENCES stores (id)
);
ALTER TABLE stores ADD CONSTRAINT stores_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (id);

-- Not reported:
CREATE TABLE shops (id uuid PRIMARY KEY);
CREATE TABLE clerks (id uuid PRIMARY KEY, shop_id uuid NOT NULL REFERENCES shops (id));
CREATE TABLE shop_managers (
    shop_id uuid PRIMARY KEY REFERENCES shops (id),
    clerk_id uuid NOT NULL REFERENCES clerks (id)
);
