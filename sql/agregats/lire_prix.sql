-- Titre : Versions des prix, pour valoriser les jours nouveaux pendant l'écriture des ventes
SELECT reference, prix_centimes, valide_du, valide_au FROM produits_versions
