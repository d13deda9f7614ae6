package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.DatabaseStatus;
import fr.pme.ventes.storage.SchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", aliases = "etat",
        description = "Montrer l'état de la base : version du schéma, nombre de lignes, dernières exécutions, "
                + "sources et lignes refusées.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class StatusCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption databaseOption;
    @Mixin OutputOptions output;

    @Option(names = "--executions", paramLabel = "N", defaultValue = "5", description = "Nombre d'exécutions montrées (défaut : ${DEFAULT-VALUE}).")
    int runs;

    private final Database database;
    private final SchemaMigrator migrator;
    private final DatabaseStatus status;
    private final ObjectMapper mapper;

    StatusCommand(Database database, SchemaMigrator migrator, DatabaseStatus status, ObjectMapper mapper) {
        this.database = database;
        this.migrator = migrator;
        this.status = status;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        database.requireExisting();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("base", database.location());
        document.put("version_schema", migrator.currentVersion());
        document.put("lignes", status.counts());
        document.put("sources", status.sources());
        document.put("derniers_imports", status.lastImports(runs));
        document.put("derniers_rejets", status.rejections(null, 10));
        if (output.json) {
            new JsonPrinter(mapper, System.out).print(document);
            return ExitCodes.OK;
        }
        System.out.println("Base : " + database.location() + " (schéma version " + document.get("version_schema") + ")");
        System.out.println();
        TextTable counts = new TextTable("Table", "Lignes");
        status.counts().forEach((table, n) -> counts.row(table, n));
        System.out.print(counts.render());
        print("Sources", status.sources(), "fichier", "etag", "last_modified", "octets", "sha256", "mis_a_jour_le");
        print("Dernières exécutions", status.lastImports(runs), "id", "commence_le", "commande", "fichier", "statut",
                "lues", "inserees", "mises_a_jour", "inchangees", "rejetees");
        print("Derniers refus", status.rejections(null, 10), "import_id", "fichier", "ligne", "colonne", "motif");
        return ExitCodes.OK;
    }

    private static void print(String title, List<Map<String, Object>> rows, String... columns) {
        System.out.println();
        System.out.println(title + (rows.isEmpty() ? " : aucun" : ""));
        if (rows.isEmpty()) {
            return;
        }
        TextTable table = new TextTable(columns);
        for (Map<String, Object> row : rows) {
            table.row(java.util.Arrays.stream(columns).map(row::get).toArray());
        }
        System.out.print(table.render());
    }
}
