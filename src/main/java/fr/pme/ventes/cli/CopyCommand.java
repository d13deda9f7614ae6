package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.storage.CopyReport;
import fr.pme.ventes.storage.DatabaseCopier;
import fr.pme.ventes.storage.Dialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** `ventes copier --vers URL`: moves a SQLite database to PostgreSQL, or back (issue #9). */
@Command(name = "copier", aliases = "copy",
        description = {"Copier toute la base (--db) vers une base vide de l'autre moteur : d'un fichier SQLite vers "
                + "PostgreSQL, ou de PostgreSQL vers un fichier SQLite. La copie est faite en une transaction et "
                + "n'est validée que si chaque table a le même nombre de lignes et les mêmes totaux des deux côtés.",
                "Exemple : VENTES_DB_USER=ventes VENTES_DB_PASSWORD=… ventes copier --db data/ventes.db "
                        + "--vers jdbc:postgresql://localhost:5432/ventes"},
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class CopyCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption database;
    @Mixin OutputOptions output;

    @Option(names = "--vers", required = true, paramLabel = "BASE",
            description = "Base cible, vide : URL jdbc:postgresql://hôte:port/base si --db est un fichier SQLite, "
                    + "chemin d'un fichier SQLite si --db est une URL PostgreSQL.")
    String target;

    @Spec CommandSpec spec;

    private final DatabaseCopier copier;
    private final ObjectMapper mapper;

    CopyCommand(DatabaseCopier copier, ObjectMapper mapper) {
        this.copier = copier;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        if (Dialect.of(database.db) == Dialect.of(target)) {
            throw new ParameterException(spec.commandLine(), "copier va d'une base SQLite vers "
                    + "PostgreSQL ou de PostgreSQL vers SQLite ; pour dupliquer une base du même moteur, utilisez "
                    + (Dialect.of(target) == Dialect.SQLITE ? "sqlite3 base.db \".backup copie.db\"" : "pg_dump | psql"));
        }
        CopyReport report = copier.copyTo(target);
        if (output.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("depuis", report.from());
            document.put("vers", report.to());
            document.put("totaux", report.totals());
            new JsonPrinter(mapper, System.out).print(document);
        } else {
            System.out.println("Copie terminée : " + report.from() + " → " + report.to());
            System.out.println("Vérifié des deux côtés (lignes et totaux identiques) :");
            TextTable table = new TextTable("Contrôle", "Valeur");
            report.totals().forEach((name, value) -> table.row(name, value));
            System.out.print(table.render());
        }
        return ExitCodes.OK;
    }
}
