package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.verification.Check;
import fr.pme.ventes.verification.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "verifier", aliases = "verify",
        description = "Contrôler la base sans la modifier : intégrité SQLite (PRAGMA integrity_check), clés étrangères "
                + "(PRAGMA foreign_key_check), ventes en double, résumé quotidien, agrégats valorisés, imports inachevés, "
                + "et résultats enregistrés égaux à un nouveau calcul.",
        footer = {"", "Code de sortie : 0 si tout est cohérent, 7 si un contrôle échoue, 5 si la base ne s'ouvre pas.%n"},
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class VerifyCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption databaseOption;
    @Mixin OutputOptions output;

    private final Database database;
    private final Verifier verifier;
    private final ObjectMapper mapper;

    VerifyCommand(Database database, Verifier verifier, ObjectMapper mapper) {
        this.database = database;
        this.verifier = verifier;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        List<Check> checks = verifier.verify();
        long failed = checks.stream().filter(Check::failed).count();
        if (output.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("base", database.location());
            document.put("statut", failed == 0 ? "ok" : "incoherent");
            document.put("controles", checks.stream().map(c -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("controle", c.name());
                one.put("statut", c.status());
                one.put("detail", c.detail());
                return one;
            }).toList());
            new JsonPrinter(mapper, System.out).print(document);
        } else {
            TextTable table = new TextTable("Contrôle", "Statut", "Détail");
            checks.forEach(c -> table.row(c.name(), c.status(), c.detail()));
            System.out.println("Base : " + database.location());
            System.out.print(table.render());
        }
        if (failed > 0) {
            System.err.println("Erreur : " + failed + " contrôle(s) en échec sur " + database.location()
                    + " ; restaurez une sauvegarde ou relancez l'import dans une base neuve.");
            return ExitCodes.VERIFICATION;
        }
        return ExitCodes.OK;
    }
}
