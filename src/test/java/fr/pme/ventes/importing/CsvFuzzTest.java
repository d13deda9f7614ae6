package fr.pme.ventes.importing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.pme.ventes.DataFile;
import fr.pme.ventes.Fixtures;
import fr.pme.ventes.InvalidDataException;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.storage.Jdbc;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8: Jazzer fuzzes the whole reading path of a landed file — dialect sniffing, header matching, row parsing,
 * value checks, staging and the merge into a real SQLite database — for each of the three files (the first input
 * byte chooses which). Our own refusals ({@link InvalidDataException} naming file and line, or a row in the
 * rejected-rows table) are fine; anything else (an SQL constraint hit, a runtime exception) is a finding.
 *
 * <p>Without JAZZER_FUZZ the seeds (src/test/resources/.../CsvFuzzTestInputs: the format variants and every input
 * that once found a bug) run as regression tests. {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=CsvFuzzTest#oneMinute}
 * fuzzes for a minute (CI); {@code ./mvnw test -Pfuzz} for ten.
 */
class CsvFuzzTest {
    private static Path dir;
    private static Connection connection;
    private static long executions;
    private static long refusedFiles;

    @BeforeAll
    static void database() throws Exception {
        dir = Files.createTempDirectory("fuzz");
        String url = "jdbc:sqlite:" + dir.resolve("fuzz.db");
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:sql/migrations/common", "classpath:sql/migrations/sqlite").load().migrate();
        connection = DriverManager.getConnection(url + "?foreign_keys=true");
        connection.setAutoCommit(false);
        // Known products and stores for the sales file: the client's own referential.
        importInto(DataFile.PRODUITS, Files.readAllBytes(Fixtures.path("csv/variantes/publie/produits.csv")));
        importInto(DataFile.MAGASINS, Files.readAllBytes(Fixtures.path("csv/variantes/publie/magasins.csv")));
        connection.commit();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
        System.out.println("[fiabilite] CsvFuzzTest : " + executions + " exécutions, " + refusedFiles
                + " fichiers refusés en entier (InvalidDataException)");
    }

    @FuzzTest(maxDuration = "60s")
    void oneMinute(byte[] input) throws Exception {
        importAnyFile(input);
    }

    @FuzzTest(maxDuration = "10m")
    void tenMinutes(byte[] input) throws Exception {
        importAnyFile(input);
    }

    private static void importAnyFile(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        DataFile file = DataFile.values()[(input[0] & 0xff) % 3];
        executions++;
        try {
            importInto(file, Arrays.copyOfRange(input, 1, input.length));
        } catch (InvalidDataException refused) {
            refusedFiles++;
            String message = refused.getMessage();
            assertTrue(message.startsWith("Fichier " + file.label() + " (") && message.contains("ligne")
                    || message.contains("--strict"), message);
        } finally {
            connection.rollback();
        }
    }

    private static void importInto(DataFile file, byte[] content) throws SQLException, IOException {
        Path landed = dir.resolve(file.label() + ".csv");
        Files.write(landed, content);
        long importId = Jdbc.insert(connection, "import/commencer_import.sql", Instant.now().toString(), "fuzz");
        ImportOptions options = new ImportOptions("fuzz", false, null, LocalDate.of(2024, 1, 1), ImportProgress.SILENT);
        DownloadedFile source = new DownloadedFile(file, "fuzz://" + file.label(), landed, null, content.length,
                null, null, false);
        try (ImportRun run = new ImportRun(connection, importId, "2024-01-01", options)) {
            switch (file) {
                case PRODUITS -> ProductFile.importFile(run, source);
                case MAGASINS -> StoreFile.importFile(run, source);
                case VENTES -> SaleFile.importFile(run, source);
            }
        }
    }
}
