-- Titre : Écriture de l'état des sources dans la base cible (copier)
INSERT INTO etat_sources (fichier, url, etag, last_modified, sha256, octets, termine_par_fin_de_ligne, lignes, import_id, mis_a_jour_le)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
