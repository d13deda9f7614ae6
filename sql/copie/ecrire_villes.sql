-- Titre : Écriture du référentiel des villes dans la base cible (copier)
INSERT INTO villes (nom_normalise, nom, region)
VALUES (?, ?, ?)
ON CONFLICT (nom_normalise) DO NOTHING   -- déjà là : rempli par la migration V2
