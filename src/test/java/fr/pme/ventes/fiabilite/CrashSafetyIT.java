package fr.pme.ventes.fiabilite;

import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.demo.SalesGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, crash safety: {@code ventes run} on a generated sales file, as a real process, killed with SIGKILL at
 * random moments of each phase (download, staging, merge, end of import, analyses). After every kill the database
 * must pass SQLite's integrity check, hold exactly the state before or the state after a complete import (never in
 * between), keep no unfinished import, and the next normal run must complete with the figures of a clean run.
 *
 * <p>Size: {@code -Dfiabilite.kills} (20 in CI) and {@code -Dfiabilite.ventes} (sales rows). The figures are
 * printed for deliverables/fiabilite.md.
 */
class CrashSafetyIT {
    static final int KILLS = Integer.getInteger("fiabilite.kills", 20);
    static final int SALES = Integer.getInteger("fiabilite.ventes", 20_000);
    static final List<String> DEBUG = List.of("-Dquarkus.log.category.\"fr.pme.ventes\".level=DEBUG");

    /** Where a kill is aimed: each starts its random delay at an event and draws it within the phase's length. */
    enum Phase {
        DEMARRAGE("démarrage (JVM, migration)"),
        TELECHARGEMENT("téléchargement"),
        PREPARATION("lecture et table de préparation"),
        FUSION("fusion dans ventes"),
        FIN_IMPORT("résumé quotidien et validation"),
        ANALYSES("analyses");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    @TempDir
    static Path tmp;
    static LocalCsvServer server;
    static final AtomicReference<byte[]> salesBody = new AtomicReference<>();
    static final AtomicLong downloadStarted = new AtomicLong();
    static final AtomicLong downloadEnded = new AtomicLong();
    static byte[] fullSales;
    static byte[] halfSales;

    @BeforeAll
    static void serveGeneratedFiles() throws IOException {
        Path http = tmp.resolve("http");
        new SalesGenerator(8, 50, 30).writeAll(http, SALES);
        fullSales = Files.readAllBytes(http.resolve("ventes.csv"));
        List<String> lines = Files.readAllLines(http.resolve("ventes.csv"), StandardCharsets.UTF_8);
        halfSales = (String.join("\n", lines.subList(0, lines.size() / 2)) + "\n").getBytes(StandardCharsets.UTF_8);
        server = new LocalCsvServer(http);
        // The sales file comes at about 2 MB/s, like a modest line: long enough for kills to land mid-download.
        server.script("ventes.csv", (exchange, n) -> {
            byte[] body = salesBody.get();
            downloadStarted.set(System.nanoTime());
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += 64 * 1024) {
                    out.write(body, at, Math.min(64 * 1024, body.length - at));
                    out.flush();
                    sleep(30);
                }
            } catch (IOException killed) {
                return;         // the client died mid-body
            }
            downloadEnded.set(System.nanoTime());
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    String[] runArgs(Path db, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--db", db.toString(),
                "--produits", server.url("produits.csv"), "--magasins", server.url("magasins.csv"),
                "--ventes", server.url("ventes.csv")));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void killedRunsLeaveTheStateBeforeOrAfterAndTheNextRunCompletes() throws Exception {
        // Two starting points: an empty folder (full merge) and a database holding the first half of the file
        // (the grown file is then read from where the last import stopped).
        Path empty = Files.createDirectories(tmp.resolve("depart-vide"));
        Path half = Files.createDirectories(tmp.resolve("depart-moitie"));
        salesBody.set(halfSales);
        Cli.Result prepared = Cli.run(half, runArgs(half.resolve("ventes.db")));
        assertEquals(0, prepared.exitCode(), prepared.err());
        salesBody.set(fullSales);
        Map<String, Map<String, String>> before = Map.of("vide", DatabaseState.fingerprint(empty.resolve("ventes.db")),
                "moitie", DatabaseState.fingerprint(half.resolve("ventes.db")));

        // A clean run from each start: the expected end state, and each phase's length to aim the kills.
        Map<String, Map<String, String>> after = new TreeMap<>();
        Map<Phase, Long> phaseMillis = new EnumMap<>(Phase.class);
        String expectedTotal = null;
        for (String start : List.of("vide", "moitie")) {
            Path dir = copy(start.equals("vide") ? empty : half, tmp.resolve("propre-" + start));
            Cli.Running clean = Cli.start(dir, DEBUG, runArgs(dir.resolve("ventes.db"), "--json"));
            Cli.Result result = clean.await(600);
            assertEquals(0, result.exitCode(), result.err());
            after.put(start, DatabaseState.fingerprint(dir.resolve("ventes.db")));
            expectedTotal = total(result.out());
            if (start.equals("vide")) {
                phaseMillis.putAll(phaseLengths(clean));
            }
        }
        System.out.println("[fiabilite] clean run phase lengths (ms): " + phaseMillis);

        Random random = new Random(Long.getLong("fiabilite.graine", System.nanoTime()));
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> phasesHit = new TreeMap<>();
        Phase[] phases = Phase.values();
        for (int kill = 0; kill < KILLS; kill++) {
            String start = kill % 2 == 0 ? "vide" : "moitie";
            Phase aimed = phases[(kill / 2) % phases.length];
            Path dir = copy(start.equals("vide") ? empty : half, tmp.resolve("kill-" + kill));
            Path db = dir.resolve("ventes.db");
            downloadStarted.set(0);
            downloadEnded.set(0);
            Cli.Running running = Cli.start(dir, DEBUG, runArgs(db));
            boolean reached = awaitStartOf(aimed, running);
            long delay = (long) (random.nextDouble() * Math.max(1, phaseMillis.getOrDefault(aimed, 1000L)));
            sleep(delay);
            boolean alive = reached && running.process.isAlive();
            String phaseAtKill = alive ? phaseReached(running).label : "déjà terminé";
            running.kill();
            phasesHit.merge(phaseAtKill, 1, Integer::sum);

            // 1. SQLite's own check (opening the file rolls a hot journal back, as the next run would).
            assertEquals(List.of("ok"), Files.exists(db) ? DatabaseState.integrityCheck(db) : List.of("ok"),
                    "kill " + kill);
            // 2. Before or after, never in between; no unfinished import, no staging table left in the file.
            Map<String, String> state = DatabaseState.fingerprint(db);
            String outcome = state.equals(before.get(start)) ? "état d'avant" : state.equals(after.get(start))
                    ? "état d'après" : null;
            assertTrue(outcome != null, "kill " + kill + " (" + phaseAtKill + ", " + delay + " ms): " + state
                    + "\nbefore " + before.get(start) + "\nafter " + after.get(start));
            outcomes.merge(outcome, 1, Integer::sum);
            if (Files.exists(db)) {
                assertEquals(0, DatabaseState.count(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'staging%'"));
                assertEquals(0, DatabaseState.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'imports' ")
                        == 0 ? 0 : DatabaseState.count(db, "SELECT count(*) FROM imports WHERE termine_le IS NULL"));
            }
            // 3. The next normal run completes and reaches the clean run's figures; ventes verifier agrees.
            Cli.Result rerun = Cli.run(dir, runArgs(db, "--json"));
            assertEquals(0, rerun.exitCode(), "re-run after kill " + kill + ": " + rerun.err());
            assertEquals(expectedTotal, total(rerun.out()), "kill " + kill);
            // Every run records its import, even one that found nothing new (a kill after the import's commit):
            // the bookkeeping count may be one more than the clean run's; the business tables must be equal.
            Map<String, String> rerunState = new java.util.LinkedHashMap<>(DatabaseState.fingerprint(db));
            Map<String, String> expectedState = new java.util.LinkedHashMap<>(after.get(start));
            rerunState.remove("imports");
            expectedState.remove("imports");
            assertEquals(expectedState, rerunState, "kill " + kill);
            Cli.Result verified = Cli.run(dir, "verifier", "--db", db.toString());
            assertEquals(0, verified.exitCode(), verified.out() + verified.err());
            System.out.printf("[fiabilite] kill %d: départ %s, visé %s, %d ms après le début de la phase, tué pendant "
                    + "« %s », %s, relance ok%n", kill + 1, start, aimed.label, delay, phaseAtKill, outcome);
        }
        System.out.println("[fiabilite] " + KILLS + " kills, " + SALES + " ventes ; phases : " + phasesHit
                + " ; états : " + outcomes);
        // At least the import's phases were hit (a slow machine may finish some runs before their kill).
        assertTrue(phasesHit.keySet().stream().filter(p -> !p.equals("déjà terminé")).count() >= 3, phasesHit.toString());
    }

    /** Waits for the event that opens {@code phase}; false when the process ended first. */
    private static boolean awaitStartOf(Phase phase, Cli.Running running) throws InterruptedException {
        long timeout = 600_000;
        return switch (phase) {
            case DEMARRAGE -> true;
            case TELECHARGEMENT -> awaitTrue(() -> downloadStarted.get() != 0, running, timeout);
            case PREPARATION -> awaitTrue(() -> downloadEnded.get() != 0, running, timeout);
            case FUSION -> running.awaitErr(l -> l.contains("parsed and staged"), timeout);
            case FIN_IMPORT -> running.awaitErr(l -> l.contains("rows merged"), timeout);
            case ANALYSES -> running.awaitErr(l -> l.contains("analyses started"), timeout);
        };
    }

    /** The phase the process was in, from what it had said and what the server had seen. */
    private static Phase phaseReached(Cli.Running running) {
        List<String> said = running.errLines;
        if (said.stream().anyMatch(l -> l.contains("analyses started"))) {
            return Phase.ANALYSES;
        }
        if (said.stream().anyMatch(l -> l.contains("rows merged"))) {
            return Phase.FIN_IMPORT;
        }
        if (said.stream().anyMatch(l -> l.contains("parsed and staged"))) {
            return Phase.FUSION;
        }
        if (downloadEnded.get() != 0) {
            return Phase.PREPARATION;
        }
        return downloadStarted.get() != 0 ? Phase.TELECHARGEMENT : Phase.DEMARRAGE;
    }

    private static Map<Phase, Long> phaseLengths(Cli.Running clean) {
        long start = clean.startedNanos;
        long staged = errTime(clean, "parsed and staged");
        long merged = errTime(clean, "rows merged");
        long analysing = errTime(clean, "analyses started");
        long end = clean.errNanos.get(clean.errNanos.size() - 1);
        Map<Phase, Long> lengths = new EnumMap<>(Phase.class);
        lengths.put(Phase.DEMARRAGE, (downloadStarted.get() - start) / 1_000_000);
        lengths.put(Phase.TELECHARGEMENT, (downloadEnded.get() - downloadStarted.get()) / 1_000_000);
        lengths.put(Phase.PREPARATION, (staged - downloadEnded.get()) / 1_000_000);
        lengths.put(Phase.FUSION, (merged - staged) / 1_000_000);
        lengths.put(Phase.FIN_IMPORT, (analysing - merged) / 1_000_000);
        lengths.put(Phase.ANALYSES, (end - analysing) / 1_000_000);
        return lengths;
    }

    private static long errTime(Cli.Running run, String marker) {
        for (int i = 0; i < run.errLines.size(); i++) {
            if (run.errLines.get(i).contains(marker)) {
                return run.errNanos.get(i);
            }
        }
        throw new IllegalStateException("no '" + marker + "' in " + run.errLines);
    }

    private static boolean awaitTrue(java.util.function.BooleanSupplier condition, Cli.Running running, long timeout)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!running.process.isAlive()) {
                return false;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("event not reached in " + timeout + " ms");
    }

    static String total(String json) {
        int at = json.indexOf("\"ca_total\":");
        assertTrue(at >= 0, json);
        return json.substring(at, json.indexOf(',', at));
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
