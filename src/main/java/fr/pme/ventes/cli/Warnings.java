package fr.pme.ventes.cli;

import fr.pme.ventes.importing.FileReport;
import fr.pme.ventes.importing.ImportReport;

/** Warnings go to stderr, so that stdout stays the summary or the JSON document. */
final class Warnings {
    private Warnings() {
    }

    static void print(ImportReport report) {
        for (FileReport f : report.files().values()) {
            for (String warning : f.warnings()) {
                System.err.println("Attention : fichier " + f.file().label() + " : " + warning);
            }
        }
        if (report.rejected() > 0) {
            System.err.println("Attention : " + report.rejected() + " ligne(s) refusée(s), gardées avec leur motif dans "
                    + "la table rejets.");
        }
    }
}
