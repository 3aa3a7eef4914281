-- Kundenliste, exported from a Latin-1 editor
CREATE TABLE kunden (
    stadt text DEFAULT 'München'
);
