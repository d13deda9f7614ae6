package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ExitCodes;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/** The French meaning of every constant of {@link ExitCodes}, for the catalogue; a new constant without one fails. */
final class ExitCodeMeanings {
    static final Map<Integer, String> ALL = new LinkedHashMap<>();

    static {
        Map<String, String> meanings = Map.ofEntries(
                Map.entry("OK", "succès"),
                Map.entry("INTERNAL", "erreur interne (un défaut de l'outil : relancer avec --verbeux et le signaler)"),
                Map.entry("USAGE", "commande ou option incorrecte"),
                Map.entry("SOURCE", "source injoignable, ou contenu qui n'est pas un CSV (page HTML, fichier vide, binaire)"),
                Map.entry("DATA", "fichier CSV inutilisable (colonne absente, dates ambiguës, guillemet non fermé) ou "
                        + "refus sous --strict : rien n'est importé"),
                Map.entry("DATABASE", "base de données illisible (pas un fichier SQLite, endommagée, introuvable)"),
                Map.entry("REPORT", "rapport impossible à écrire"),
                Map.entry("VERIFICATION", "`ventes verifier` a trouvé une incohérence"),
                Map.entry("BUSY", "base occupée par une autre exécution au-delà du délai d'attente : relancer plus tard"),
                Map.entry("DISK_FULL", "disque plein : libérer de la place puis relancer (rien n'a été modifié)"),
                Map.entry("READ_ONLY", "base ou dossier en lecture seule : vérifier les droits"));
        for (Field field : ExitCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                String meaning = meanings.get(field.getName());
                if (meaning == null) {
                    throw new IllegalStateException("ExitCodes." + field.getName() + " has no French meaning here");
                }
                try {
                    ALL.put(field.getInt(null), meaning);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private ExitCodeMeanings() {
    }
}
