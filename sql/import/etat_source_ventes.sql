-- Titre : Ce que l'on sait du dernier fichier des ventes importé (pour n'en lire que la fin s'il a grandi)
SELECT url, sha256, octets, termine_par_fin_de_ligne, lignes FROM etat_sources WHERE fichier = 'ventes'
