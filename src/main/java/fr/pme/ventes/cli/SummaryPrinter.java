package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.analysis.Analysis;
import fr.pme.ventes.analysis.AnalysisRun;
import fr.pme.ventes.analysis.Euros;
import fr.pme.ventes.importing.FileReport;
import fr.pme.ventes.importing.ImportReport;
import fr.pme.ventes.importing.ImportService;
import fr.pme.ventes.importing.Rejection;

import java.io.PrintStream;
import java.util.Map;

/** The French summary a person reads after a run. */
final class SummaryPrinter {
    private final PrintStream out;

    SummaryPrinter(PrintStream out) {
        this.out = out;
    }

    void downloads(Map<DataFile, DownloadedFile> files) {
        TextTable table = new TextTable("Fichier", "État", "Octets", "SHA-256");
        files.values().forEach(f -> table.row(f.file().label(), f.unchanged() ? "inchangé" : "téléchargé",
                Euros.number(f.size()), f.sha256() == null ? "" : f.sha256().substring(0, 16) + "…"));
        out.print(table.render());
    }

    void imports(ImportReport report) {
        out.println("Import n° " + report.importId());
        TextTable table = new TextTable("Fichier", "Lues", "Nouvelles", "Modifiées", "Inchangées", "Rejetées", "");
        for (FileReport f : report.files().values()) {
            table.row(f.file().label(), Euros.number(f.read()), Euros.number(f.inserted()), Euros.number(f.updated()),
                    Euros.number(f.unchanged()), Euros.number(f.rejected()), note(f));
        }
        out.print(table.render());
        for (FileReport f : report.files().values()) {
            if (f.newVersions() > 0) {
                out.println("  " + f.file().label() + " : " + f.newVersions() + " nouvelle(s) version(s) historisée(s)");
            }
        }
        if (report.rejected() > 0) {
            out.println("Lignes refusées (gardées dans la table rejets ; « ventes rejets » pour toutes les voir) :");
            for (Rejection r : report.firstRejections()) {
                out.println("  - " + ImportService.describe(r));
            }
        }
    }

    /** The last column: why a file read fewer rows than it has, if it did. */
    static String note(FileReport f) {
        if (f.status().equals("inchange")) {
            return "inchangé : rien à importer";
        }
        FileReport.Incremental incremental = f.incremental();
        if (incremental == null) {
            return "";
        }
        long before = incremental.rowsBefore();
        String known = before == 0 ? "le fichier n'avait qu'un en-tête"
                : before == 1 ? "la première ligne était déjà importée"
                : "les " + Euros.number(before) + " premières lignes étaient déjà importées";
        return "ajouts seuls : " + known + (incremental.onlyEndDownloaded() ? ", seule la fin a été téléchargée" : "");
    }

    void analyses(AnalysisRun run) {
        Map<String, Object> total = run.get(Analysis.CA_TOTAL).rows().get(0);
        out.println();
        out.println("Chiffre d'affaires total : " + Euros.format(run.totalCents()) + " ("
                + Euros.number(((Number) total.get("nombre_ventes")).longValue()) + " ventes, "
                + Euros.number(((Number) total.get("quantite")).longValue()) + " articles)");
        out.println();
        out.println("Ventes par produit");
        TextTable products = new TextTable("Référence", "Nom", "Quantité", "Chiffre d'affaires");
        run.get(Analysis.PAR_PRODUIT).rows().forEach(r -> products.row(r.get("reference"), r.get("nom"),
                number(r.get("quantite")), money(r.get("ca_centimes"))));
        out.print(products.render());
        out.println();
        out.println("Ventes par région");
        TextTable regions = new TextTable("Région", "Quantité", "Chiffre d'affaires");
        run.get(Analysis.PAR_REGION).rows().forEach(r -> regions.row(r.get("region"), number(r.get("quantite")),
                money(r.get("ca_centimes"))));
        out.print(regions.render());
        out.println();
        out.println("Ventes par ville");
        TextTable cities = new TextTable("Ville", "Région", "Quantité", "Chiffre d'affaires");
        run.get(Analysis.PAR_VILLE).rows().forEach(r -> cities.row(r.get("ville"), r.get("region"),
                number(r.get("quantite")), money(r.get("ca_centimes"))));
        out.print(cities.render());
        out.println();
        out.println("Résultats enregistrés dans la base (exécution d'analyse n° " + run.executionId() + ").");
    }

    private static String number(Object value) {
        return value == null ? "" : Euros.number(((Number) value).longValue());
    }

    private static String money(Object cents) {
        return cents == null ? "" : Euros.format(((Number) cents).longValue());
    }
}
