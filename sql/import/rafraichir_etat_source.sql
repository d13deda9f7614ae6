-- Titre : Source inchangée : garder l'adresse et les validateurs HTTP (ETag, Last-Modified) les plus récents
UPDATE etat_sources SET url = ?, etag = ?, last_modified = ?, mis_a_jour_le = ?
WHERE fichier = ? AND sha256 = ?
