-- Titre : Lecture de l'historique des magasins de la base d'origine (copier)
SELECT magasin_id, version, ville, region, nombre_salaries, valide_du, valide_au, import_id
FROM magasins_versions
ORDER BY magasin_id, version
