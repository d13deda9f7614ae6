-- Titre : Résumé quotidien recalculé depuis les ventes, pour les jours touchés par l'import
-- Les ventes sont rangées par date : chaque jour est une plage lue dans l'ordre, sans tri.
INSERT INTO ventes_resume (date_vente, produit_ref, magasin_id, quantite, nombre_ventes)
SELECT date_vente, produit_ref, magasin_id, sum(quantite), count(*)
FROM ventes
WHERE date_vente IN (SELECT date_vente FROM staging_jours)
GROUP BY date_vente, produit_ref, magasin_id
