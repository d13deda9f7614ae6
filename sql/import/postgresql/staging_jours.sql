-- Titre : Jours touchés par l'import en cours (pour tenir le résumé quotidien à jour), PostgreSQL
CREATE TEMP TABLE IF NOT EXISTS staging_jours (
    date_vente TEXT COLLATE "C" PRIMARY KEY
)
