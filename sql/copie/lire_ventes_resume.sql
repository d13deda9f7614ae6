-- Titre : Lecture du résumé quotidien des ventes de la base d'origine (copier)
SELECT date_vente, produit_ref, magasin_id, quantite, nombre_ventes
FROM ventes_resume
ORDER BY date_vente, produit_ref, magasin_id
