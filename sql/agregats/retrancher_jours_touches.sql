-- Titre : Contribution des jours touchés retirée des agrégats par produit et magasin (avant leur recalcul)
-- Exécutée avant que le résumé quotidien de ces jours ne soit refait : elle retranche ce qu'ils apportaient.
UPDATE agregats_produits_magasins
SET nombre_ventes    = agregats_produits_magasins.nombre_ventes - jours.nombre_ventes,
    quantite         = agregats_produits_magasins.quantite - jours.quantite,
    montant_centimes = agregats_produits_magasins.montant_centimes - jours.montant_centimes
FROM (SELECT produit_ref, magasin_id, magasin_version,
             sum(nombre_ventes) AS nombre_ventes, sum(quantite) AS quantite, sum(montant_centimes) AS montant_centimes
      FROM ventes_valorisees
      WHERE date_vente IN (SELECT date_vente FROM staging_jours)
      GROUP BY produit_ref, magasin_id, magasin_version) AS jours
WHERE agregats_produits_magasins.produit_ref = jours.produit_ref
  AND agregats_produits_magasins.magasin_id = jours.magasin_id
  AND agregats_produits_magasins.magasin_version = jours.magasin_version
