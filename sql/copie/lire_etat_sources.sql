-- Titre : Lecture de l'état des sources de la base d'origine (copier)
SELECT fichier, url, etag, last_modified, sha256, octets, termine_par_fin_de_ligne, lignes, import_id, mis_a_jour_le
FROM etat_sources
ORDER BY fichier
