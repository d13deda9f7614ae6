-- Titre : Suppression de la copie temporaire de ventes_valorisees
DROP TABLE IF EXISTS temp.ventes_valorisees
