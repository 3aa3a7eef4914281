-- Kundenverwaltung für München, Zürich und Kraków — ñandú, 東京, 🚀
COMMENT ON SCHEMA public IS 'Schéma für Bestellungen: Größe, Ærø, Łódź';

CREATE TABLE kunden (
    id bigint PRIMARY KEY,
    name text NOT NULL DEFAULT 'Müller-Lüdenscheidt',
    stadt text NOT NULL DEFAULT 'Zürich' CHECK (stadt <> '東京'),
    land char(2) NOT NUL
);
