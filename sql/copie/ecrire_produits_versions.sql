-- Titre : Écriture de l'historique des produits dans la base cible (copier)
INSERT INTO produits_versions (reference, version, nom, prix_centimes, valide_du, valide_au, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?)
