-- Titre : Jours touchés par l'import en cours (pour tenir le résumé quotidien à jour)
CREATE TEMP TABLE IF NOT EXISTS staging_jours (
    date_vente TEXT PRIMARY KEY
) WITHOUT ROWID
