-- Titre : Écriture directe des ventes lues, triées dans l'ordre de la clé et numérotées (import SQLite)
-- Une vente déjà en base (même clé, même rang) est laissée telle quelle : réimporter n'ajoute rien deux fois.
INSERT INTO ventes (date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id)
VALUES (?, ?, ?, ?, ?, NULL, ?)
ON CONFLICT DO NOTHING
