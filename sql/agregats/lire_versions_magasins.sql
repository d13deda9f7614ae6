-- Titre : Versions des magasins, pour valoriser les jours nouveaux pendant l'écriture des ventes
SELECT magasin_id, version, valide_du, valide_au FROM magasins_versions
