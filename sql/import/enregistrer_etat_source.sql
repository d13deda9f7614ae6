-- Titre : Dernier état connu d'une source (pour le prochain téléchargement conditionnel)
INSERT INTO etat_sources (fichier, url, etag, last_modified, sha256, octets, termine_par_fin_de_ligne, lignes, import_id, mis_a_jour_le)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (fichier) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
    sha256 = excluded.sha256, octets = excluded.octets, termine_par_fin_de_ligne = excluded.termine_par_fin_de_ligne, lignes = excluded.lignes,
    import_id = excluded.import_id, mis_a_jour_le = excluded.mis_a_jour_le
