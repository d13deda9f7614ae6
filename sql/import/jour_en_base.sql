-- Titre : Le jour a-t-il déjà des ventes en base ? (sinon ses résumés sont calculés pendant l'écriture des ventes)
SELECT EXISTS (SELECT 1 FROM ventes WHERE date_vente = ?)
