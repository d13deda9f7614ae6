-- Titre : Lecture des ventes de la base d'origine (copier)
SELECT date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id
FROM ventes
ORDER BY date_vente, produit_ref, magasin_id, quantite, occurrence
