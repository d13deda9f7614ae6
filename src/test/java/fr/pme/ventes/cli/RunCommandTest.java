package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline as a user runs it: real HTTP server, real SQLite file, French output and exit codes. */
@QuarkusMainTest
class RunCommandTest extends ClientFilesOverHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(LaunchResult result) throws IOException {
        return JSON.readTree(result.getOutput());
    }

    @Test
    void defaultRunUsesTheBundledDataOfflineAndPrintsAFrenchSummary(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("run", "--db", db.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        String out = result.getOutput();
        assertTrue(out.contains("Chiffre d'affaires total : 5 268,78 € (30 ventes, 122 articles)"), out);
        assertTrue(out.matches("(?s).*REF001\\s+Produit A\\s+24\\s+1 199,76 €.*"), out);
        assertTrue(out.matches("(?s).*Lyon\\s+Auvergne-Rhône-Alpes\\s+21\\s+1 059,79 €.*"), out);
        assertEquals(30, TestDatabase.count(db, "ventes"));
    }

    @Test
    void jsonCarriesTheExactFiguresOfTheClientData(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = run(launcher, "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        JsonNode doc = json(result);
        assertEquals("5268.78", doc.at("/analyses/ca_total").asText());
        JsonNode products = doc.at("/analyses/par_produit");
        String[][] expected = {{"REF001", "24", "1199.76"}, {"REF002", "27", "539.73"}, {"REF003", "15", "449.85"},
                {"REF004", "21", "1679.79"}, {"REF005", "35", "1399.65"}};
        assertEquals(expected.length, products.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], products.get(i).get("reference").asText());
            assertEquals(expected[i][1], products.get(i).get("quantite").asText());
            assertEquals(expected[i][2], products.get(i).get("ca").asText());
        }
        assertEquals("Lyon", doc.at("/analyses/par_ville/0/ville").asText());
        assertEquals("1059.79", doc.at("/analyses/par_ville/0/ca").asText());
        assertEquals("249.93", doc.at("/analyses/par_ville/6/ca").asText());
        assertEquals("Île-de-France", findRegion(doc, "Paris"));
        assertEquals(30, doc.at("/import/ventes/inserees").asInt());
        assertEquals(5, doc.at("/import/produits/inserees").asInt());
        assertEquals(7, doc.at("/import/magasins/inserees").asInt());
        assertEquals("5268.78", TestDatabase.value(db, "SELECT printf('%.2f', ca_total) FROM dernier_ca_total").toString());
    }

    private static String findRegion(JsonNode doc, String city) {
        for (JsonNode row : doc.at("/analyses/par_ville")) {
            if (row.get("ville").asText().equals(city)) {
                return row.get("region").asText();
            }
        }
        return null;
    }

    @Test
    void reimportingAGrownFileAddsOnlyTheNewSales(QuarkusMainLauncher launcher) throws IOException {
        assertEquals(30, json(run(launcher, "--json")).at("/import/ventes/inserees").asInt());
        Path sales = server.root().resolve("ventes.csv");
        StringBuilder more = new StringBuilder();
        for (int day = 1; day <= 10; day++) {
            more.append(String.format("\r\n2023-07-%02d,REF00%d,%d,%d", day, day % 5 + 1, day, day % 7 + 1));
        }
        Files.writeString(sales, more, StandardOpenOption.APPEND);

        LaunchResult grownRun = run(launcher, "--json");
        JsonNode grown = json(grownRun);
        assertEquals(10, grown.at("/import/ventes/inserees").asInt());
        assertEquals(30, grown.at("/import/ventes/inchangees").asInt());
        assertEquals(10, grown.at("/import/ventes/lues").asInt(), "only the appended rows are read");
        assertEquals(30, grown.at("/import/ventes/import_incremental/lignes_deja_importees").asInt(), grown.toString());
        assertFalse(grown.at("/import/ventes/import_incremental/fin_seule_telechargee").asBoolean(), grown.toString());
        assertTrue(grown.at("/import/produits/import_incremental").isNull(), grown.toString());
        // The normal course of a run, not a warning: nothing on stderr (a cron job would mail it every time).
        assertTrue(grown.at("/import/ventes/avertissements").isEmpty(), grown.toString());
        assertEquals("", grownRun.getErrorOutput());
        assertEquals("inchange", grown.at("/import/produits/statut").asText());

        JsonNode again = json(run(launcher, "--json"));
        assertEquals(0, again.at("/import/ventes/inserees").asInt());
        assertEquals(40, TestDatabase.count(db, "ventes"));

        Files.writeString(sales, "\r\n2023-07-11,REF001,1,1", StandardOpenOption.APPEND);
        LaunchResult summary = run(launcher);
        assertTrue(summary.getOutput().contains("ajouts seuls : les 40 premières lignes étaient déjà importées"),
                summary.getOutput());
        assertEquals("", summary.getErrorOutput());
        assertEquals(41, TestDatabase.count(db, "ventes"));
    }

    @Test
    void aBadRowAppendedToAGrownFileIsRejectedAtItsPhysicalLineDownloadedOrLanded(QuarkusMainLauncher launcher)
            throws IOException {
        Path sales = server.root().resolve("ventes.csv");
        Path landedDb = tmp.resolve("depuis-le-depot/ventes.db");
        assertEquals(ExitCodes.OK, run(launcher).exitCode());
        assertEquals(ExitCodes.OK, launcher.launch(fetchThenImport("fetch", landedDb)).exitCode());
        assertEquals(ExitCodes.OK, launcher.launch(fetchThenImport("import", landedDb)).exitCode());
        Files.writeString(sales, "\r\n2023-07-01,REF001,2,1\r\n2023-07-02,REF999,1,1", StandardOpenOption.APPEND);
        long lastLine = LocalCsvServer.lineFeeds(Files.readAllBytes(sales)) + 1;

        // Downloaded by `run`: the old part was hashed and its lines counted on the way to disk.
        JsonNode downloaded = json(run(launcher, "--json"));
        // Landed by `fetch`, imported by `import`: the old part is read again from the landing zone.
        assertEquals(ExitCodes.OK, launcher.launch(fetchThenImport("fetch", landedDb)).exitCode());
        JsonNode landed = json(launcher.launch(fetchThenImport("import", landedDb, "--json")));

        for (JsonNode doc : List.of(downloaded, landed)) {
            assertEquals(30, doc.at("/import/ventes/import_incremental/lignes_deja_importees").asInt(), doc.toString());
            assertEquals(2, doc.at("/import/ventes/lues").asInt(), doc.toString());
            assertEquals(1, doc.at("/import/ventes/inserees").asInt(), doc.toString());
            assertEquals(1, doc.at("/import/ventes/rejetees").asInt(), doc.toString());
        }
        for (Path base : List.of(db, landedDb)) {
            assertEquals(List.of(List.of((int) lastLine)), TestDatabase.rows(base, "SELECT ligne FROM rejets"), base.toString());
        }
    }

    private String[] fetchThenImport(String command, Path base, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--db", base.toString(),
                "--produits", server.url("produits.csv"), "--magasins", server.url("magasins.csv"),
                "--ventes", server.url("ventes.csv")));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void anAppendedCopyOfTheLastSaleContinuesItsOccurrenceNumbering(QuarkusMainLauncher launcher) throws IOException {
        run(launcher, "--json");
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-25,REF005,5,3", StandardOpenOption.APPEND);
        JsonNode doc = json(run(launcher, "--json"));
        assertEquals(1, doc.at("/import/ventes/inserees").asInt());
        assertEquals(List.of(List.of(1), List.of(2)), TestDatabase.rows(db,
                "SELECT occurrence FROM ventes WHERE date_vente = '2023-06-25' AND produit_ref = 'REF005' ORDER BY 1"));
    }

    @Test
    void aFileWhoseBeginningChangedIsMergedInFull(QuarkusMainLauncher launcher) throws IOException {
        run(launcher, "--json");
        Path sales = server.root().resolve("ventes.csv");
        Files.writeString(sales, Files.readString(sales).replace("2023-05-27,REF001,5,1", "2023-05-27,REF001,6,1")
                + "\r\n2023-07-01,REF002,1,1");
        JsonNode doc = json(run(launcher, "--json"));
        assertEquals(31, doc.at("/import/ventes/lues").asInt());
        assertEquals(2, doc.at("/import/ventes/inserees").asInt());      // the corrected first row and the new one
        assertTrue(doc.at("/import/ventes/import_incremental").isNull(), doc.toString());
    }

    @Test
    void secondRunAgainstUnchangedSourcesImportsNothingAndSaysSo(QuarkusMainLauncher launcher) {
        assertEquals(ExitCodes.OK, run(launcher).exitCode());
        LaunchResult second = run(launcher);
        assertEquals(ExitCodes.OK, second.exitCode());
        assertTrue(second.getOutput().contains("inchangé : rien à importer"), second.getOutput());
        assertEquals(30, TestDatabase.count(db, "ventes"));
        assertEquals(2, TestDatabase.count(db, "imports"));
    }

    /**
     * A re-run with unchanged sources prints the analyses as stored with them (migration 4), without reading their
     * rows; an execution stored before, without that form, is computed again, to the same text.
     */
    @Test
    void anUnchangedReRunPrintsTheAnalysesOfTheFirstRunByteForByte(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult first = run(launcher, "--json");
        String printed = analysesText(first);
        assertEquals(analysesObject(first), TestDatabase.value(db, "SELECT sortie_json FROM analyses_executions"));

        String quoted = "'" + analysesObject(first).replace("'", "''") + "'";
        TestDatabase.execute(db, "UPDATE analyses_executions SET sortie_json = " + quoted,
                "DELETE FROM analyses_resultats");
        LaunchResult stored = run(launcher, "--json");
        assertEquals(ExitCodes.OK, stored.exitCode(), stored.getErrorOutput());
        assertEquals("inchange", json(stored).at("/telechargements/ventes/statut").asText());
        assertEquals(printed, analysesText(stored));
        assertEquals(1L, TestDatabase.count(db, "analyses_executions"));

        TestDatabase.execute(db, "UPDATE analyses_executions SET sortie_json = NULL");
        LaunchResult computed = run(launcher, "--json");
        assertEquals(ExitCodes.OK, computed.exitCode(), computed.getErrorOutput());
        assertEquals(printed, analysesText(computed));
        assertEquals(2L, TestDatabase.count(db, "analyses_executions"));
    }

    /** The analyses object of a --json document (its last member), as stored in analyses_executions.sortie_json. */
    private static String analysesObject(LaunchResult result) {
        String text = analysesText(result).substring("\"analyses\":".length()).strip();
        return text.substring(0, text.length() - 1);
    }

    private static String analysesText(LaunchResult result) {
        String out = result.getOutput();
        return out.substring(out.indexOf("\"analyses\":"));
    }

    @Test
    void twoIdenticalSalesOnTheSameDayAreBothKept(QuarkusMainLauncher launcher) throws IOException {
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-25,REF005,5,3", StandardOpenOption.APPEND);
        JsonNode doc = json(run(launcher, "--json"));
        assertEquals(31, doc.at("/import/ventes/inserees").asInt());
        assertEquals(2, TestDatabase.count(db, "ventes WHERE date_vente = '2023-06-25' AND produit_ref = 'REF005'"));
        assertEquals("5468.73", doc.at("/analyses/ca_total").asText());
        assertEquals(0, json(run(launcher, "--json")).at("/import/ventes/inserees").asInt());
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonWhileGoodRowsImport(QuarkusMainLauncher launcher) throws IOException {
        Files.writeString(server.root().resolve("ventes.csv"),
                "\r\n2023-06-26,REF999,2,1\r\n2023-02-31,REF001,1,1\r\n2023-06-27,REF001,0,1", StandardOpenOption.APPEND);
        LaunchResult result = run(launcher, "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        JsonNode doc = json(result);
        assertEquals(30, doc.at("/import/ventes/inserees").asInt());
        assertEquals(3, doc.at("/import/ventes/rejetees").asInt());
        assertEquals(List.of(
                        List.of(32, "ID Référence produit", "produit inconnu : REF999"),
                        List.of(33, "Date", "date invalide pour le format AAAA-MM-JJ du fichier : 2023-02-31"),
                        List.of(34, "Quantité", "quantité non positive : 0")),
                TestDatabase.rows(db, "SELECT ligne, colonne, motif FROM rejets ORDER BY ligne"));
        assertTrue(result.getErrorOutput().contains("3 ligne(s) refusée(s)"), result.getErrorOutput());
    }

    @Test
    void strictModeFailsTheRunOnAnyRejectedRowAndImportsNothing(QuarkusMainLauncher launcher) throws IOException {
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-26,REF999,2,1", StandardOpenOption.APPEND);
        LaunchResult result = run(launcher, "--strict");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.getErrorOutput().contains("fichier ventes, ligne 32, colonne « ID Référence produit » : produit inconnu : REF999"),
                result.getErrorOutput());
        assertEquals(0, TestDatabase.count(db, "ventes"));
        assertEquals(0, TestDatabase.count(db, "produits"));
    }

    @Test
    void aFailedRunLeavesTheDatabaseExactlyAsItWas(QuarkusMainLauncher launcher) throws IOException {
        assertEquals(ExitCodes.OK, run(launcher).exitCode());
        String before = TestDatabase.dump(db);
        // The products change (would be merged first), then the sales file turns out to lack a column.
        Files.writeString(server.root().resolve("produits.csv"), "\r\nProduit F,REF006,9.99,10", StandardOpenOption.APPEND);
        Files.writeString(server.root().resolve("ventes.csv"), "Date,ID Référence produit,ID Magasin\r\n2023-07-01,REF006,1",
                StandardCharsets.UTF_8);
        LaunchResult result = run(launcher);
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Fichier ventes (" + server.url("ventes.csv")
                + "), ligne 1 : colonne obligatoire « Quantité » absente"), result.getErrorOutput());
        assertEquals(before, TestDatabase.dump(db));
    }

    @Test
    void anUnreachableSourceStopsBeforeTheDatabaseIsTouched(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("run", "--db", db.toString(),
                "--ventes", server.url("absent.csv"));
        assertEquals(ExitCodes.SOURCE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Source ventes (" + server.url("absent.csv")
                + ") : le serveur a répondu HTTP 404"), result.getErrorOutput());
        assertFalse(Files.exists(db));
    }

    @Test
    void jsonModeWritesOnlyJsonOnStdout(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = run(launcher, "--json");
        JsonNode doc = json(result);       // throws if anything else is on stdout
        assertTrue(doc.has("analyses"));
        assertEquals(1, result.getOutputStream().size());
    }
}
