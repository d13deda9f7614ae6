-- Titre : Écriture de l'historique des magasins dans la base cible (copier)
INSERT INTO magasins_versions (magasin_id, version, ville, region, nombre_salaries, valide_du, valide_au, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
