-- Titre : Régions citées par le fichier des magasins et absentes du référentiel
INSERT INTO regions (nom)
SELECT DISTINCT region FROM staging_magasins
WHERE true
ON CONFLICT (nom) DO NOTHING
