package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.Fixtures;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.PostgresTestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's cases (exact figures, incremental import, identical sales, rollback, sales with identifiers) on a
 * real PostgreSQL server, each compared with what the same run gives on SQLite (issue #9).
 */
@QuarkusMainTest
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
        disabledReason = PostgresTestDatabase.SKIPPED)
class PostgresPipelineTest {

    @TempDir
    Path tmp;
    LocalCsvServer server;

    @BeforeEach
    void emptyDatabaseAndClientFiles() {
        PostgresTestDatabase.reset();
        server = new LocalCsvServer(Fixtures.copy("csv/variantes/publie", tmp.resolve("http")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    LaunchResult run(QuarkusMainLauncher launcher, String db, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--db", db,
                "--produits", server.url("produits.csv"), "--magasins", server.url("magasins.csv"),
                "--ventes", server.url("ventes.csv")));
        args.addAll(List.of(extra));
        return launcher.launch(args.toArray(String[]::new));
    }

    JsonNode json(QuarkusMainLauncher launcher, String db) throws IOException {
        LaunchResult result = run(launcher, db, "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        return RunCommandTest.json(result);
    }

    @Test
    void bundledDataGivesTheClientFiguresAndTheSameAnalysesAsSqlite(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("run", "--db", PostgresTestDatabase.url(), "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        JsonNode postgres = RunCommandTest.json(result);
        assertEquals("5268.78", postgres.at("/analyses/ca_total").asText());
        assertEquals(30, PostgresTestDatabase.count("ventes"));
        assertEquals(new java.math.BigDecimal("5268.78"),
                ((java.math.BigDecimal) PostgresTestDatabase.value("SELECT ca_total FROM dernier_ca_total")).setScale(2));

        JsonNode sqlite = RunCommandTest.json(launcher.launch("run", "--db", tmp.resolve("v.db").toString(), "--json"));
        assertEquals(sqlite.get("analyses"), postgres.get("analyses"));
        assertEquals(sqlite.get("import"), postgres.get("import"));
        assertFalse(result.getOutput().contains(String.valueOf(System.getenv("VENTES_DB_PASSWORD"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"publie", "brief", "point-virgule-dates-fr", "dates-us", "bom-utf8", "windows-1252", "guillemets"})
    void everyFormatVariantGivesTheSameJsonAsSqlite(String variant, QuarkusMainLauncher launcher) throws IOException {
        PostgresTestDatabase.reset();
        server.close();
        server = new LocalCsvServer(Fixtures.copy("csv/variantes/" + variant, tmp.resolve(variant)));
        JsonNode postgres = json(launcher, PostgresTestDatabase.url());
        JsonNode sqlite = json(launcher, tmp.resolve(variant + ".db").toString());
        assertEquals("5268.78", postgres.at("/analyses/ca_total").asText());
        assertEquals(sqlite.get("analyses"), postgres.get("analyses"));
        assertEquals(sqlite.get("import"), postgres.get("import"));
        assertEquals(sqlite.get("rejets"), postgres.get("rejets"));
    }

    @Test
    void reimportingAGrownFileAddsOnlyTheNewSales(QuarkusMainLauncher launcher) throws IOException {
        assertEquals(30, json(launcher, PostgresTestDatabase.url()).at("/import/ventes/inserees").asInt());
        StringBuilder more = new StringBuilder();
        for (int day = 1; day <= 10; day++) {
            more.append(String.format("\r\n2023-07-%02d,REF00%d,%d,%d", day, day % 5 + 1, day, day % 7 + 1));
        }
        more.append("\r\n2023-06-25,REF005,5,3");       // a copy of the file's last sale: occurrence 2
        Files.writeString(server.root().resolve("ventes.csv"), more, StandardOpenOption.APPEND);

        JsonNode grown = json(launcher, PostgresTestDatabase.url());
        assertEquals(11, grown.at("/import/ventes/lues").asInt(), "only the appended rows are read");
        assertEquals(11, grown.at("/import/ventes/inserees").asInt());
        assertEquals(30, grown.at("/import/ventes/import_incremental/lignes_deja_importees").asInt(), grown.toString());
        assertEquals(List.of(List.of(1L), List.of(2L)), PostgresTestDatabase.rows(
                "SELECT occurrence FROM ventes WHERE date_vente = '2023-06-25' AND produit_ref = 'REF005' ORDER BY 1"));

        JsonNode again = json(launcher, PostgresTestDatabase.url());
        assertEquals(0, again.at("/import/ventes/inserees").asInt());
        assertEquals(41, PostgresTestDatabase.count("ventes"));
        assertEquals(0L, PostgresTestDatabase.value("SELECT count(*) FROM (SELECT date_vente, produit_ref, magasin_id, "
                + "quantite, occurrence FROM ventes GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) d"));

        Path sqliteDb = tmp.resolve("grown.db");
        JsonNode sqlite = json(launcher, sqliteDb.toString());
        assertEquals(sqlite.get("analyses"), again.get("analyses"));
    }

    @Test
    void aFileWhoseBeginningChangedIsMergedInFull(QuarkusMainLauncher launcher) throws IOException {
        json(launcher, PostgresTestDatabase.url());
        Path sales = server.root().resolve("ventes.csv");
        Files.writeString(sales, Files.readString(sales).replace("2023-05-27,REF001,5,1", "2023-05-27,REF001,6,1")
                + "\r\n2023-07-01,REF002,1,1");
        JsonNode doc = json(launcher, PostgresTestDatabase.url());
        assertEquals(31, doc.at("/import/ventes/lues").asInt());
        assertEquals(2, doc.at("/import/ventes/inserees").asInt());
        assertEquals(32, PostgresTestDatabase.count("ventes"));
    }

    @Test
    void salesWithIdentifiersAreCorrectedInPlace(QuarkusMainLauncher launcher) throws IOException {
        server.close();
        server = new LocalCsvServer(Fixtures.copy("csv/variantes/brief", tmp.resolve("brief")));
        assertEquals(30, json(launcher, PostgresTestDatabase.url()).at("/import/ventes/inserees").asInt());
        Path sales = server.root().resolve("ventes.csv");
        Files.writeString(sales, Files.readString(sales).replace("V0001,2023-05-27,REF001,1,5", "V0001,2023-05-27,REF001,1,6")
                + "\r\nV0031,2023-07-01,REF002,1,1\r\nV0031,2023-07-02,REF002,1,1");
        JsonNode doc = json(launcher, PostgresTestDatabase.url());
        assertEquals(1, doc.at("/import/ventes/inserees").asInt(), doc.toString());
        assertEquals(1, doc.at("/import/ventes/mises_a_jour").asInt(), doc.toString());
        assertEquals(1, doc.at("/import/ventes/rejetees").asInt(), "the repeated identifier");
        assertEquals(6L, PostgresTestDatabase.value("SELECT quantite FROM ventes WHERE id_vente = 'V0001'"));
        assertEquals(0, json(launcher, PostgresTestDatabase.url()).at("/import/ventes/mises_a_jour").asInt());
    }

    @Test
    void twoIdenticalSalesOnTheSameDayAreBothKept(QuarkusMainLauncher launcher) throws IOException {
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-25,REF005,5,3", StandardOpenOption.APPEND);
        JsonNode doc = json(launcher, PostgresTestDatabase.url());
        assertEquals(31, doc.at("/import/ventes/inserees").asInt());
        assertEquals("5468.73", doc.at("/analyses/ca_total").asText());
        assertEquals(0, json(launcher, PostgresTestDatabase.url()).at("/import/ventes/inserees").asInt());
    }

    @Test
    void badRowsAreRejectedWithLineAndReason(QuarkusMainLauncher launcher) throws IOException {
        Files.writeString(server.root().resolve("ventes.csv"),
                "\r\n2023-06-26,REF999,2,1\r\n2023-02-31,REF001,1,1\r\n2023-06-27,REF001,0,1", StandardOpenOption.APPEND);
        JsonNode doc = json(launcher, PostgresTestDatabase.url());
        assertEquals(30, doc.at("/import/ventes/inserees").asInt());
        assertEquals(List.of(
                        List.of(32L, "ID Référence produit", "produit inconnu : REF999"),
                        List.of(33L, "Date", "date invalide pour le format AAAA-MM-JJ du fichier : 2023-02-31"),
                        List.of(34L, "Quantité", "quantité non positive : 0")),
                PostgresTestDatabase.rows("SELECT ligne, colonne, motif FROM rejets ORDER BY ligne"));
        LaunchResult rejects = launcher.launch("status", "--db", PostgresTestDatabase.url(), "--json");
        assertEquals(ExitCodes.OK, rejects.exitCode(), rejects.getErrorOutput());
    }

    @Test
    void aFailedRunLeavesTheDatabaseExactlyAsItWas(QuarkusMainLauncher launcher) throws IOException {
        assertEquals(ExitCodes.OK, run(launcher, PostgresTestDatabase.url()).exitCode());
        String before = PostgresTestDatabase.dump();
        Files.writeString(server.root().resolve("produits.csv"), "\r\nProduit F,REF006,9.99,10", StandardOpenOption.APPEND);
        Files.writeString(server.root().resolve("ventes.csv"), "Date,ID Référence produit,ID Magasin\r\n2023-07-01,REF006,1",
                StandardCharsets.UTF_8);
        LaunchResult result = run(launcher, PostgresTestDatabase.url());
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.getErrorOutput().contains("colonne obligatoire « Quantité » absente"), result.getErrorOutput());
        assertEquals(before, PostgresTestDatabase.dump());
    }

    @Test
    void strictModeFailsTheRunOnAnyRejectedRowAndImportsNothing(QuarkusMainLauncher launcher) throws IOException {
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-26,REF999,2,1", StandardOpenOption.APPEND);
        LaunchResult result = run(launcher, PostgresTestDatabase.url(), "--strict");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertEquals(0, PostgresTestDatabase.count("ventes"));
        assertEquals(0, PostgresTestDatabase.count("produits"));
    }

    /** ventes verifier on PostgreSQL: no PRAGMA there; orphans of the fact tables (no foreign keys) are found. */
    @Test
    void verifierChecksAPostgresqlDatabaseAndFindsOrphanSales(QuarkusMainLauncher launcher) {
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", PostgresTestDatabase.url()).exitCode());
        LaunchResult ok = launcher.launch("verifier", "--db", PostgresTestDatabase.url());
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.getOutput() + ok.getErrorOutput());
        assertTrue(ok.getOutput().contains("contraintes validées (pg_constraint) : ok"), ok.getOutput());

        PostgresTestDatabase.execute(
                "INSERT INTO ventes SELECT date_vente, 'REF999', magasin_id, quantite, 99, NULL, import_id FROM ventes LIMIT 1",
                "DELETE FROM ventes_resume WHERE date_vente = (SELECT max(date_vente) FROM ventes_resume)");
        LaunchResult broken = launcher.launch("verifier", "--db", PostgresTestDatabase.url());
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode(), broken.getOutput() + broken.getErrorOutput());
        assertTrue(broken.getOutput().contains("REF999 magasin"), broken.getOutput());
        assertTrue(broken.getOutput().contains("vers produits"), broken.getOutput());
        assertTrue(broken.getOutput().contains("ne correspondent pas aux ventes"), broken.getOutput());
    }

    @Test
    void statusOfADatabaseWithoutSchemaSaysToRunFirst(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("status", "--db", PostgresTestDatabase.url());
        assertEquals(ExitCodes.DATABASE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("introuvable ; lancez d'abord « ventes run »"), result.getErrorOutput());
    }

    @Test
    void anUnreachableServerIsADatabaseErrorInFrenchWithoutTheUrlParameters(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("run", "--db", "jdbc:postgresql://127.0.0.1:1/ventes?password=tres-secret");
        assertEquals(ExitCodes.DATABASE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Base de données jdbc:postgresql://127.0.0.1:1/ventes : serveur "
                + "PostgreSQL injoignable"), result.getErrorOutput());
        assertFalse(result.getErrorOutput().contains("tres-secret"), result.getErrorOutput());
    }
}
