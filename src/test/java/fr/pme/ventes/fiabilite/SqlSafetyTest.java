package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.Fixtures;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8: values are data, never SQL. Hostile names are stored verbatim and every table survives; and, as a build
 * check, the product's Java never hands the driver SQL text other than a file of sql/ (SqlScript.load).
 */
@QuarkusMainTest
class SqlSafetyTest {
    static final String HOSTILE_NAME = "Robert'); DROP TABLE ventes;--";
    static final String HOSTILE_CITY = "Paris\" OR 1=1; DELETE FROM produits; --";

    /** Reviewed calls: picocli's execute(args), and the staging batch that repeats the "(?, ?, …)" tuple of its sql/ file. */
    static final java.util.Map<String, String> REVIEWED_ARGS = java.util.Map.of(
            "cli/Main.java", "args",
            "cli/AotTrainingCommand.java", "args",
            "importing/MultiRowStatement.java", "sql");
    static final java.util.Set<String> REVIEWED = REVIEWED_ARGS.keySet();

    @TempDir
    Path tmp;

    @Test
    void hostileValuesAreStoredVerbatimAndNothingIsDropped(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("ventes.db");
        try (LocalCsvServer server = new LocalCsvServer(Fixtures.copy("csv/variantes/publie", tmp.resolve("http")))) {
            Files.writeString(server.root().resolve("produits.csv"),
                    "\r\n\"" + HOSTILE_NAME + "\",\"REF'--\",1.00,1", StandardOpenOption.APPEND);
            Files.writeString(server.root().resolve("magasins.csv"),
                    "\r\n9,\"" + HOSTILE_CITY.replace("\"", "\"\"") + "\",3", StandardOpenOption.APPEND);
            Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-07-01,REF'--,2,9", StandardOpenOption.APPEND);
            LaunchResult result = launcher.launch("run", "--db", db.toString(), "--produits", server.url("produits.csv"),
                    "--magasins", server.url("magasins.csv"), "--ventes", server.url("ventes.csv"));
            assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        }
        assertEquals(HOSTILE_NAME, TestDatabase.value(db, "SELECT nom FROM produits WHERE reference = 'REF''--'"));
        assertEquals(HOSTILE_CITY, TestDatabase.value(db, "SELECT ville FROM magasins WHERE id = 9"));
        assertEquals(31L, TestDatabase.count(db, "ventes"));
        assertEquals(6L, TestDatabase.count(db, "produits"));
        assertEquals(List.of("ok"), DatabaseState.integrityCheck(db));
    }

    @Test
    void theProductNeverBuildsSqlFromStrings() throws IOException {
        // Every prepareStatement/execute* call of src/main must take SqlScript.load(...) or Jdbc's loaded script.
        Pattern call = Pattern.compile("\\.(prepareStatement|executeQuery|executeUpdate|execute|addBatch)\\(([^)]*)\\)");
        StringBuilder offenders = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    String argument = m.group(2).strip();
                    boolean safe = argument.isEmpty() || argument.startsWith("SqlScript.load(")
                            || REVIEWED.stream().anyMatch(r -> file.endsWith(r) && argument.startsWith(REVIEWED_ARGS.get(r)));
                    if (!safe) {
                        offenders.append(file).append(": ").append(m.group()).append('\n');
                    }
                }
            }
        }
        assertEquals("", offenders.toString(), "SQL text must come from sql/ through SqlScript.load");
    }
}
