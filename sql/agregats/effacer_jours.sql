-- Titre : Tous les agrégats par jour effacés (avant un recalcul complet)
DELETE FROM agregats_jours
