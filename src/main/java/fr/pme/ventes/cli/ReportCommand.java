package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.report.NoteWriter;
import fr.pme.ventes.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", aliases = "rapport",
        description = {"Écrire la note de synthèse (chiffre d'affaires total, par produit, par région, par ville, "
                + "évolution quotidienne, graphiques) à partir des résultats d'analyse enregistrés dans la base.",
                "md : note-de-synthese.md et ses graphiques SVG (dossier graphiques/) ; html : une seule page "
                        + "note-de-synthese.html, graphiques inclus, lisible sans réseau."},
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class ReportCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption databaseOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md ou html (défaut : ${DEFAULT-VALUE}).")
    NoteWriter.Format format;

    @Option(names = "--sortie", paramLabel = "DOSSIER", defaultValue = "deliverables",
            description = "Dossier où écrire la note (défaut : ${DEFAULT-VALUE}).")
    Path folder;

    private final Database database;
    private final NoteWriter writer;

    ReportCommand(Database database, NoteWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    @Override
    public Integer call() {
        database.requireExisting();
        for (Path file : writer.write(folder, format)) {
            System.out.println("Écrit : " + file);
        }
        return ExitCodes.OK;
    }
}
