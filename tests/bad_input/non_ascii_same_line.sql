-- Multi-byte characters on the error line itself, before the error.
CREATE TABLE straße (größe int NOT NUL);
