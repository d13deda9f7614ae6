-- Titre : Résumé quotidien recalculé entièrement depuis les ventes
INSERT INTO ventes_resume (date_vente, produit_ref, magasin_id, quantite, nombre_ventes)
SELECT date_vente, produit_ref, magasin_id, sum(quantite), count(*)
FROM ventes
GROUP BY date_vente, produit_ref, magasin_id
