-- Titre : Clés étrangères rompues (vente sans produit, version sans magasin…)
-- Les autres tables déclarent leurs clés étrangères, que PostgreSQL garantit ; ventes et ventes_resume n'en ont pas
-- (contrôle ligne à ligne trop lent à l'import, deliverables/postgresql.md) : on cherche ici leurs références orphelines.
SELECT t, ligne, parent FROM (
    SELECT 'ventes' AS t, 'vente ' || v.date_vente || ' ' || v.produit_ref || ' magasin ' || v.magasin_id AS ligne,
           'produits' AS parent
    FROM ventes v WHERE NOT EXISTS (SELECT 1 FROM produits p WHERE p.reference = v.produit_ref)
    UNION ALL
    SELECT 'ventes', 'vente ' || v.date_vente || ' ' || v.produit_ref || ' magasin ' || v.magasin_id, 'magasins'
    FROM ventes v WHERE NOT EXISTS (SELECT 1 FROM magasins m WHERE m.id = v.magasin_id)
    UNION ALL
    SELECT 'ventes', 'vente ' || v.date_vente || ' ' || v.produit_ref || ' magasin ' || v.magasin_id, 'imports'
    FROM ventes v WHERE NOT EXISTS (SELECT 1 FROM imports i WHERE i.id = v.import_id)
    UNION ALL
    SELECT 'ventes_resume', 'jour ' || r.date_vente || ' ' || r.produit_ref || ' magasin ' || r.magasin_id, 'produits'
    FROM ventes_resume r WHERE NOT EXISTS (SELECT 1 FROM produits p WHERE p.reference = r.produit_ref)
    UNION ALL
    SELECT 'ventes_resume', 'jour ' || r.date_vente || ' ' || r.produit_ref || ' magasin ' || r.magasin_id, 'magasins'
    FROM ventes_resume r WHERE NOT EXISTS (SELECT 1 FROM magasins m WHERE m.id = r.magasin_id)
) orphelins
LIMIT 100
