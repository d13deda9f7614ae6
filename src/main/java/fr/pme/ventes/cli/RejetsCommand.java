package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.DatabaseStatus;
import fr.pme.ventes.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rejets",
        description = "Lister les lignes refusées à l'import (fichier, ligne, colonne, motif, contenu), les plus "
                + "récentes d'abord.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class RejetsCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption databaseOption;
    @Mixin OutputOptions output;

    @Option(names = "--import", paramLabel = "N", description = "Seulement les refus de l'exécution n° N "
            + "(voir « ventes status »).")
    Long importId;

    @Option(names = "--limite", paramLabel = "N", defaultValue = "1000",
            description = "Nombre maximal de lignes montrées (défaut : ${DEFAULT-VALUE}).")
    int limit;

    private final Database database;
    private final DatabaseStatus status;
    private final ObjectMapper mapper;

    RejetsCommand(Database database, DatabaseStatus status, ObjectMapper mapper) {
        this.database = database;
        this.status = status;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        if (!database.exists() || !database.hasTable("rejets")) {
            throw new StorageException("Base de données " + database.location() + " : introuvable ou jamais "
                    + "importée ; lancez d'abord « ventes run »", null);
        }
        List<Map<String, Object>> rows = status.rejections(importId, limit);
        if (output.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("import", importId);
            document.put("rejets", rows);
            new JsonPrinter(mapper, System.out).print(document);
            return ExitCodes.OK;
        }
        if (rows.isEmpty()) {
            System.out.println(importId == null ? "Aucune ligne refusée." : "Aucune ligne refusée par l'exécution n° " + importId + ".");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("Import", "Fichier", "Ligne", "Colonne", "Motif", "Contenu");
        for (Map<String, Object> row : rows) {
            table.row(row.get("import_id"), row.get("fichier"), row.get("ligne"), row.get("colonne"), row.get("motif"),
                    abbreviated((String) row.get("contenu")));
        }
        System.out.print(table.render());
        System.out.println(rows.size() + " ligne(s) refusée(s)" + (rows.size() == limit ? " (limite atteinte : --limite)" : "") + ".");
        return ExitCodes.OK;
    }

    private static String abbreviated(String content) {
        return content == null || content.length() <= 60 ? content : content.substring(0, 59) + "…";
    }
}
