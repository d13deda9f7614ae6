-- Titre : Table de préparation des magasins
CREATE TEMP TABLE IF NOT EXISTS staging_magasins (
    id              INTEGER PRIMARY KEY,
    ville           TEXT NOT NULL,
    region          TEXT NOT NULL,
    nombre_salaries INTEGER,
    ligne           INTEGER NOT NULL
)
