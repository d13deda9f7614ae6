-- Titre : Date de la vente la plus récente déjà en base (l'horloge des données)
SELECT max(date_vente) FROM ventes
