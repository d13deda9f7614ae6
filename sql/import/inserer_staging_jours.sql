-- Titre : Ajout d'un jour touché
INSERT INTO staging_jours (date_vente) VALUES (?)
