-- Titre : Mémoire de tri de l'import (PostgreSQL), le temps de la transaction
-- La numérotation des ventes identiques et le résumé quotidien trient toutes les ventes préparées : 64 Mio évitent
-- de passer par des fichiers temporaires à 1 M de ventes.
SET LOCAL work_mem = '64MB'
