-- Titre : Suppression de la copie temporaire de ventes_par_jour
DROP TABLE IF EXISTS temp.ventes_par_jour
