package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.report.SchemaReader;
import fr.pme.ventes.report.SchemaRenderer;
import fr.pme.ventes.storage.SchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "schema",
        description = {"Décrire le modèle de données (MCD) tel qu'il est dans la base migrée : tables, colonnes, "
                + "types, clés primaires et étrangères.",
                "La base est créée ou mise à jour d'abord (migrations), sans toucher aux données."},
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class SchemaCommand implements Callable<Integer> {
    enum Format { mermaid, dot, sql, markdown }

    @Mixin HelpOptions help;
    @Mixin DatabaseOption databaseOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (erDiagram), dot (Graphviz), sql (DDL) ou markdown (document MCD commenté) ; "
                    + "défaut : ${DEFAULT-VALUE}.")
    Format format;

    private final SchemaMigrator migrator;
    private final SchemaReader reader;

    SchemaCommand(SchemaMigrator migrator, SchemaReader reader) {
        this.migrator = migrator;
        this.reader = reader;
    }

    @Override
    public Integer call() {
        migrator.migrate();
        SchemaRenderer renderer = new SchemaRenderer(reader.read());
        System.out.print(switch (format) {
            case mermaid -> renderer.mermaid();
            case dot -> renderer.dot();
            case sql -> renderer.sql();
            case markdown -> renderer.markdown();
        });
        System.out.flush();
        return ExitCodes.OK;
    }
}
