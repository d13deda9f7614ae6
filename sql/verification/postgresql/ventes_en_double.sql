-- Titre : Ventes en double (même clé, ou même identifiant de vente, présente plusieurs fois)
-- La clé primaire et l'index unique l'interdisent ; PostgreSQL garantit ses index, la table est relue par eux.
SELECT 'cle' AS genre, date_vente || ' ' || produit_ref || ' magasin ' || magasin_id || ' quantité ' || quantite
           || ' n° ' || occurrence AS vente, count(*) AS fois
FROM ventes
GROUP BY date_vente, produit_ref, magasin_id, quantite, occurrence
HAVING count(*) > 1
UNION ALL
SELECT 'id_vente', id_vente, count(*)
FROM ventes
WHERE id_vente IS NOT NULL
GROUP BY id_vente
HAVING count(*) > 1
LIMIT 20
