-- Titre : Écriture des régions dans la base cible (copier)
INSERT INTO regions (nom)
VALUES (?)
ON CONFLICT (nom) DO NOTHING   -- déjà là : rempli par la migration V2
