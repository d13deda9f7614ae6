package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.demo.SalesGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, concurrency: a cron job and a person start {@code ventes run} together on one database. The later ones
 * wait for the first (transaction_mode=IMMEDIATE + busy_timeout); past the timeout they stop with a French message
 * and exit code 8. Never a duplicate, never SQLITE_BUSY shown to the user.
 */
class ConcurrentRunsIT {
    static final int SALES = 20_000;

    @TempDir
    static Path tmp;
    static LocalCsvServer server;
    static byte[] sales;

    @BeforeAll
    static void serve() throws IOException {
        Path http = tmp.resolve("http");
        new SalesGenerator(3, 40, 20).writeAll(http, SALES);
        sales = Files.readAllBytes(http.resolve("ventes.csv"));
        server = new LocalCsvServer(http);
        // Served slowly enough that the runs' downloads overlap, so their imports start close together.
        server.script("ventes.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, sales.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < sales.length; at += 128 * 1024) {
                    out.write(sales, at, Math.min(128 * 1024, sales.length - at));
                    out.flush();
                    CrashSafetyIT.sleep(20);
                }
            }
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    String[] runArgs(Path db) {
        return new String[]{"run", "--db", db.toString(), "--produits", server.url("produits.csv"),
                "--magasins", server.url("magasins.csv"), "--ventes", server.url("ventes.csv"), "--json"};
    }

    @Test
    void threeRunsStartedTogetherAllSucceedAndImportEachSaleOnce() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("ensemble"));
        Path db = dir.resolve("ventes.db");
        List<Cli.Running> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(Cli.start(dir, List.of(), runArgs(db)));
        }
        int inserted = 0;
        for (Cli.Running run : runs) {
            Cli.Result result = run.await(600);
            assertEquals(0, result.exitCode(), result.err());
            assertFalse(result.err().contains("SQLITE_BUSY") || result.err().contains("locked"), result.err());
            inserted += Integer.parseInt(result.out().replaceAll("(?s).*\"ventes\":\\{[^}]*\"inserees\":(\\d+).*", "$1"));
        }
        assertEquals(SALES, inserted, "each sale inserted by exactly one of the runs");
        assertEquals(SALES, DatabaseState.count(db, "SELECT count(*) FROM ventes"));
        assertEquals(List.of("ok"), DatabaseState.integrityCheck(db));
        Cli.Result verified = Cli.run(dir, "verifier", "--db", db.toString());
        assertEquals(0, verified.exitCode(), verified.out() + verified.err());
        System.out.println("[fiabilite] 3 exécutions simultanées : toutes terminées (code 0), " + inserted
                + " ventes insérées au total pour " + SALES + " dans le fichier");
    }

    @Test
    void aRunThatWaitsTooLongStopsWithCode8AndAFrenchMessage() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("occupee"));
        Path db = dir.resolve("ventes.db");
        assertEquals(0, Cli.run(dir, runArgs(db)).exitCode());
        Files.writeString(server.root().resolve("produits.csv"), "\nProduit neuf,REF999,1.00,1", java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> before = DatabaseState.fingerprint(db);
        // Another writer (here: a person in sqlite3) holds the write lock for longer than this run will wait.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            List<String> shortWait = List.of("-Dventes.busy-timeout-ms=1500");
            Cli.Result result = Cli.start(dir, shortWait, runArgs(db)).await(600);
            assertEquals(ExitCodes.BUSY, result.exitCode(), result.err());
            assertTrue(result.err().contains("la base est occupée par un autre import depuis trop longtemps"), result.err());
            assertFalse(result.err().contains("SQLITE_BUSY"), result.err());
            s.execute("ROLLBACK");
        }
        assertEquals(before, DatabaseState.fingerprint(db));
        Cli.Result later = Cli.run(dir, runArgs(db));
        assertEquals(0, later.exitCode(), later.err());
        assertEquals(1, DatabaseState.count(db, "SELECT count(*) FROM produits WHERE reference = 'REF999'"));
    }
}
