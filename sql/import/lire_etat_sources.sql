-- Titre : État connu des sources
SELECT fichier, url, etag, last_modified, sha256, octets, termine_par_fin_de_ligne, lignes, import_id, mis_a_jour_le FROM etat_sources ORDER BY fichier
