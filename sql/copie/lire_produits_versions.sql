-- Titre : Lecture de l'historique des produits de la base d'origine (copier)
SELECT reference, version, nom, prix_centimes, valide_du, valide_au, import_id
FROM produits_versions
ORDER BY reference, version
