package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.LandedVersions;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --ajouts-seulement} (issue #7): the end of a grown sales file is asked for with an HTTP Range request, the
 * beginning taken from the landed copy of the last import; whenever the answer is not the end of the same file, the
 * whole file is downloaded and the usual checks apply.
 */
@QuarkusMainTest
class AppendOnlySalesTest extends ClientFilesOverHttp {
    /** Rows added before the first run, so that the imported file is longer than the overlap asked again. */
    static final int EARLIER_ROWS = 4_000;

    Path sales;

    @BeforeEach
    void makeTheSalesFileLongerThanTheOverlap() throws IOException {
        sales = server.root().resolve("ventes.csv");
        append(EARLIER_ROWS, 2022);
    }

    @Test
    void aGrownFileIsCompletedFromItsEndAlone(QuarkusMainLauncher launcher) throws IOException {
        JsonNode first = runAppendOnly(launcher);
        assertEquals(30 + EARLIER_ROWS, first.at("/import/ventes/lues").asInt());
        long importedSize = Files.size(sales);
        long sentBefore = server.bytesSent("ventes.csv");
        append(10, 2024);

        JsonNode grown = runAppendOnly(launcher);
        long sent = server.bytesSent("ventes.csv") - sentBefore;
        assertEquals(Files.size(sales) - importedSize + 64 * 1024, sent, "the new bytes and the overlap, nothing more");
        assertEquals(sent, grown.at("/telechargements/ventes/octets_recus").asLong(), grown.toString());
        assertEquals(Files.size(sales), grown.at("/telechargements/ventes/octets").asLong());
        assertEquals(10, grown.at("/import/ventes/lues").asInt(), grown.toString());
        assertEquals(10, grown.at("/import/ventes/inserees").asInt());
        assertEquals(30 + EARLIER_ROWS, grown.at("/import/ventes/import_incremental/lignes_deja_importees").asLong(),
                grown.toString());
        assertTrue(grown.at("/import/ventes/import_incremental/fin_seule_telechargee").asBoolean(), grown.toString());
        assertArrayEquals(Files.readAllBytes(sales), Files.readAllBytes(newestLanded()), "the rebuilt file is the server's");
        String newest = newestLanded().getFileName().toString();
        assertEquals(List.of(newest.replace(".csv", ".properties"), newest), landedNames().subList(0, 2));
        assertEquals(3, landedNames().size(), "the old copy was extended, not copied: " + landedNames());
        Path before = LandedVersions.descriptions(db.resolveSibling("landing/ventes")).get(1);
        assertEquals(newest, LandedVersions.read(before).getProperty("debut-de"), "the version imported first");
        assertEquals(importedSize, LandedVersions.bytes(before).length);
        Path after = LandedVersions.descriptions(db.resolveSibling("landing/ventes")).get(0);
        assertEquals(LocalCsvServer.lineFeeds(Files.readAllBytes(sales)),
                Long.parseLong(LandedVersions.read(after).getProperty("sauts-de-ligne")), "for the next end to come");
        assertEquals(LocalCsvServer.sha256(Files.readAllBytes(sales)), grown.at("/telechargements/ventes/sha256").asText());
        assertEquals(40 + EARLIER_ROWS, TestDatabase.count(db, "ventes"));
    }

    @Test
    void aTailCutShortIsRetriedAndTheLandedCopyStaysUsable(QuarkusMainLauncher launcher) throws IOException {
        runAppendOnly(launcher);
        long importedSize = Files.size(sales);
        append(10, 2024);
        server.script("ventes.csv", (exchange, n) -> {
            String range = exchange.getRequestHeaders().getFirst("Range");
            if (n != 2 || range == null) {
                server.serveFile(exchange);
                return;
            }
            int from = Integer.parseInt(range.replaceAll("\\D", ""));
            byte[] body = Files.readAllBytes(sales);
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
            OutputStream out = exchange.getResponseBody();
            out.write(body, from, body.length - from - 5);
            out.flush();
            throw new IOException("cut short on purpose");      // the server closes the connection early
        });

        JsonNode doc = runAppendOnly(launcher);
        assertEquals(3, server.hits("ventes.csv"), "the cut answer was retried");
        assertEquals(Files.size(sales) - importedSize + 64 * 1024, doc.at("/telechargements/ventes/octets_recus").asLong(),
                "the retry found the landed copy and asked for the end again: " + doc);
        assertEquals(10, doc.at("/import/ventes/inserees").asInt());
        assertArrayEquals(Files.readAllBytes(sales), Files.readAllBytes(newestLanded()));
    }

    @Test
    void aChangeNearTheEndIsSeenInTheOverlapAndTheWholeFileIsMerged(QuarkusMainLauncher launcher) throws IOException {
        runAppendOnly(launcher);
        String text = Files.readString(sales);
        int lastRow = text.lastIndexOf('\n') + 1;
        String edited = text.substring(0, lastRow) + text.substring(lastRow).replaceFirst(",4,3$", ",9,3");
        assertNotEquals(text, edited);
        assertEquals(text.length(), edited.length(), "a correction that keeps the length");
        Files.writeString(sales, edited);
        append(10, 2024);

        JsonNode doc = runAppendOnly(launcher);
        assertEquals(40 + EARLIER_ROWS, doc.at("/import/ventes/lues").asInt(), "read in full: " + doc);
        assertEquals(Files.size(sales), doc.at("/telechargements/ventes/octets_recus").asLong());
        assertTrue(doc.at("/import/ventes/import_incremental").isNull(), doc.toString());
        assertEquals(11, doc.at("/import/ventes/inserees").asInt(), "the corrected row and the new ones");
    }

    @Test
    void aServerIgnoringRangeSendsTheWholeFileAndTheEndIsStillReadAlone(QuarkusMainLauncher launcher)
            throws IOException {
        server.ignoreRanges();
        runAppendOnly(launcher);
        append(10, 2024);
        JsonNode doc = runAppendOnly(launcher);
        assertEquals(Files.size(sales), doc.at("/telechargements/ventes/octets_recus").asLong());
        assertEquals(10, doc.at("/import/ventes/lues").asInt(), doc.toString());
        assertEquals(30 + EARLIER_ROWS, doc.at("/import/ventes/import_incremental/lignes_deja_importees").asInt(),
                doc.toString());
        assertFalse(doc.at("/import/ventes/import_incremental/fin_seule_telechargee").asBoolean(), doc.toString());
    }

    @Test
    void aDamagedLandedCopyIsNotTrustedAndTheWholeFileIsDownloaded(QuarkusMainLauncher launcher) throws IOException {
        runAppendOnly(launcher);
        Path landed = newestLanded();
        byte[] copy = Files.readAllBytes(landed);
        copy[100] = (byte) (copy[100] == '1' ? '2' : '1');     // far from the end: the overlap still matches
        Files.write(landed, copy);
        append(10, 2024);
        int hitsBefore = server.hits("ventes.csv");

        LaunchResult result = run(launcher, "--ajouts-seulement", "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("ne correspond plus à son empreinte SHA-256 ; elle est écartée"),
                result.getErrorOutput());
        assertEquals(2, server.hits("ventes.csv") - hitsBefore, "the end first, found out while importing, then all");
        JsonNode doc = RunCommandTest.json(result);
        assertEquals(Files.size(sales), doc.at("/telechargements/ventes/octets_recus").asLong());
        assertEquals(10, doc.at("/import/ventes/inserees").asInt(), "the rows read first were not committed: " + doc);
        assertEquals(40 + EARLIER_ROWS, TestDatabase.count(db, "ventes"));
        assertArrayEquals(Files.readAllBytes(sales), Files.readAllBytes(newestLanded()), "the damaged copy is gone");
    }

    @Test
    void fetchAloneCompletesTheCopyFromItsEndAndLandsItForTheNextImport(QuarkusMainLauncher launcher)
            throws IOException {
        runAppendOnly(launcher);
        append(10, 2024);
        LaunchResult fetched = launcher.launch("fetch", "--db", db.toString(), "--produits", server.url("produits.csv"),
                "--magasins", server.url("magasins.csv"), "--ventes", server.url("ventes.csv"), "--ajouts-seulement",
                "--json");
        assertEquals(ExitCodes.OK, fetched.exitCode(), fetched.getErrorOutput());
        JsonNode doc = RunCommandTest.json(fetched);
        assertTrue(doc.at("/telechargements/ventes/octets_recus").asLong() < Files.size(sales), doc.toString());
        assertEquals(LocalCsvServer.sha256(Files.readAllBytes(sales)), doc.at("/telechargements/ventes/sha256").asText());
        assertEquals(newestLanded().toString(), doc.at("/telechargements/ventes/fichier").asText(), "landed");
        assertArrayEquals(Files.readAllBytes(sales), Files.readAllBytes(newestLanded()));
        assertEquals(List.of(), landedNames().stream().filter(name -> name.endsWith(".part")).toList());

        LaunchResult imported = launcher.launch("import", "--db", db.toString(), "--json");
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.getErrorOutput());
        assertEquals(10, RunCommandTest.json(imported).at("/import/ventes/lues").asInt(), "the new rows alone");
        assertEquals(40 + EARLIER_ROWS, TestDatabase.count(db, "ventes"));
    }

    @Test
    void anEndRefusedUnderStrictIsLandedAllTheSame(QuarkusMainLauncher launcher) throws IOException {
        runAppendOnly(launcher);
        Files.writeString(sales, "\r\n2024-01-01,REF001,deux,1", StandardOpenOption.APPEND);
        LaunchResult refused = run(launcher, "--ajouts-seulement", "--strict");
        assertEquals(ExitCodes.DATA, refused.exitCode(), refused.getErrorOutput());
        long lastLine = LocalCsvServer.lineFeeds(Files.readAllBytes(sales)) + 1;
        assertTrue(refused.getErrorOutput().contains("ligne " + lastLine), "numbered from the line feeds kept: "
                + refused.getErrorOutput());
        assertEquals(30 + EARLIER_ROWS, TestDatabase.count(db, "ventes"));
        assertArrayEquals(Files.readAllBytes(sales), Files.readAllBytes(newestLanded()), "landed, checked, though refused");
        assertEquals(List.of(), landedNames().stream().filter(name -> name.endsWith(".part")).toList());
    }

    @Test
    void anEndFetchedForADatabaseThatCannotBeMigratedIsLandedAllTheSame(QuarkusMainLauncher launcher)
            throws IOException {
        runAppendOnly(launcher);
        TestDatabase.execute(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                + "script, checksum, installed_by, execution_time, success) "
                + "VALUES (100, '100', 'plus recente', 'SQL', 'V100__plus_recente.sql', 1, '', 0, 1)");
        append(10, 2024);
        LaunchResult refused = run(launcher, "--ajouts-seulement");
        assertEquals(ExitCodes.DATABASE, refused.exitCode(), refused.getErrorOutput());
        assertArrayEquals(Files.readAllBytes(sales), Files.readAllBytes(newestLanded()), "the copy was not lost");
        assertEquals(List.of(), landedNames().stream().filter(name -> name.endsWith(".part")).toList());
    }

    @Test
    void aFileThatShrankIsDownloadedInFull(QuarkusMainLauncher launcher) throws IOException {
        runAppendOnly(launcher);
        String text = Files.readString(sales);
        Files.writeString(sales, text.substring(0, text.lastIndexOf("\r\n")));
        LaunchResult result = run(launcher, "--ajouts-seulement", "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        JsonNode doc = RunCommandTest.json(result);
        assertEquals(Files.size(sales), doc.at("/telechargements/ventes/octets_recus").asLong());
        assertEquals(29 + EARLIER_ROWS, doc.at("/import/ventes/lues").asInt(), doc.toString());
    }

    @Test
    void productsAndStoresAreAlwaysDownloadedWhole(QuarkusMainLauncher launcher) throws IOException {
        runAppendOnly(launcher);
        Path products = server.root().resolve("produits.csv");
        Files.writeString(products, Files.readString(products).replace("49.99", "59.99"));
        JsonNode doc = runAppendOnly(launcher);
        assertEquals(Files.size(products), doc.at("/telechargements/produits/octets_recus").asLong());
        assertEquals(1, doc.at("/import/produits/nouvelles_versions").asInt(), doc.toString());
    }

    private JsonNode runAppendOnly(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = run(launcher, "--ajouts-seulement", "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        return RunCommandTest.json(result);
    }

    /** Appends {@code count} valid sales of {@code year} (the file does not end with a line break). */
    private void append(int count, int year) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(String.format("\r\n%d-%02d-%02d,REF00%d,%d,%d", year, i % 12 + 1, i % 28 + 1, i % 5 + 1,
                    i % 9 + 1, i % 7 + 1));
        }
        Files.writeString(sales, rows, StandardOpenOption.APPEND);
    }

    private List<String> landedNames() throws IOException {
        try (Stream<Path> landed = Files.list(db.resolveSibling("landing").resolve("ventes"))) {
            return landed.map(p -> p.getFileName().toString()).sorted(Comparator.reverseOrder()).toList();
        }
    }

    private Path newestLanded() throws IOException {
        try (Stream<Path> landed = Files.list(db.resolveSibling("landing").resolve("ventes"))) {
            return landed.filter(p -> p.toString().endsWith(".csv"))
                    .max(Comparator.comparing(p -> p.getFileName().toString())).orElseThrow();
        }
    }
}
