-- Titre : Rang le plus haut des ventes identiques déjà en base (suite de la numérotation d'un fichier qui a grandi)
SELECT max(occurrence) FROM ventes WHERE date_vente = ? AND produit_ref = ? AND magasin_id = ? AND quantite = ?
