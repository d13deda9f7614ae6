-- Titre : Clés étrangères rompues (vente sans produit, version sans magasin…)
-- Une table WITHOUT ROWID (ventes) n'a pas de numéro de ligne à donner.
SELECT "table", coalesce('ligne ' || rowid, 'ligne sans numéro'), parent FROM pragma_foreign_key_check()
