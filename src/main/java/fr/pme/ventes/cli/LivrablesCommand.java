package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.report.Deliverables;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.SchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "livrables",
        description = {"Écrire tous les livrables texte à partir de la base et de l'application : MCD (mcd.md, "
                + "mcd.mmd, mcd.dot, schema.sql), architecture (architecture.md, architecture.dot), requêtes "
                + "(requetes.sql) et note de synthèse (note-de-synthese.md, graphiques/).",
                "Les images des fichiers .dot sont produites par src/livrables/generer.sh (Graphviz)."},
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class LivrablesCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption databaseOption;

    @Option(names = "--sortie", paramLabel = "DOSSIER", defaultValue = "deliverables",
            description = "Dossier des livrables (défaut : ${DEFAULT-VALUE}).")
    Path folder;

    private final Database database;
    private final SchemaMigrator migrator;
    private final Deliverables deliverables;

    LivrablesCommand(Database database, SchemaMigrator migrator, Deliverables deliverables) {
        this.database = database;
        this.migrator = migrator;
        this.deliverables = deliverables;
    }

    @Override
    public Integer call() {
        database.requireExisting();
        migrator.migrate();
        for (Path file : deliverables.write(folder)) {
            System.out.println("Écrit : " + file);
        }
        return ExitCodes.OK;
    }
}
