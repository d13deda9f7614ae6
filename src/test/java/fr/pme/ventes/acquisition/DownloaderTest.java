package fr.pme.ventes.acquisition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.LandedVersions;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Downloads against a real HTTP server on localhost scripted to misbehave (issue 5): each failure stops the run with
 * exit code 3, a French message naming the source, and the database exactly as it was, byte for byte.
 * Retries wait milliseconds here (profile below) instead of seconds.
 */
@QuarkusMainTest
@TestProfile(DownloaderTest.FastRetries.class)
class DownloaderTest extends ClientFilesOverHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int RETRIES = 2;

    public static class FastRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ventes.download.retries", Integer.toString(RETRIES),
                    "ventes.download.retry-delay", "20ms",
                    "ventes.download.retry-max-delay", "100ms",
                    "ventes.download.retry-max-duration", "10s",
                    "ventes.download.connect-timeout", "2s",
                    "ventes.download.read-timeout", "1s",
                    "ventes.download.max-bytes", "65536",
                    "ventes.download.max-redirects", "3",
                    "ventes.landing.keep", "2");
        }
    }

    byte[] sales;

    @BeforeEach
    void readSales() throws IOException {
        sales = Files.readAllBytes(server.root().resolve("ventes.csv"));
    }

    /**
     * The database after a first, successful run, made once and copied: every failure must leave it untouched.
     * Kept in a system property: Quarkus may load this class anew for each test, which resets static fields.
     */
    static final String BASELINE = "downloader-test.baseline-db";

    String baseline(QuarkusMainLauncher launcher) throws IOException {
        String made = System.getProperty(BASELINE);
        if (made == null) {
            LaunchResult first = runWithSales(launcher, server.url("ventes.csv"));
            assertEquals(ExitCodes.OK, first.exitCode(), first.getErrorOutput());
            Path copy = Files.createTempFile("ventes-baseline-", ".db");
            copy.toFile().deleteOnExit();
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            System.setProperty(BASELINE, copy.toString());
        } else {
            Path baselineDatabase = Path.of(made);
            Files.createDirectories(db.getParent());
            Files.copy(baselineDatabase, db);
        }
        return fingerprint();
    }

    String fingerprint() throws IOException {
        return LocalCsvServer.sha256(Files.readAllBytes(db)) + "\n" + TestDatabase.dump(db);
    }

    /** Runs with a failing sales source, then checks exit code, message and that the database did not move. */
    String failsLeavingTheDatabaseAsItWas(QuarkusMainLauncher launcher, String salesUrl, String... expected)
            throws IOException {
        String before = baseline(launcher);
        LaunchResult result = runWithSales(launcher, salesUrl);
        String err = result.getErrorOutput();
        assertEquals(ExitCodes.SOURCE, result.exitCode(), err);
        assertTrue(err.contains("Erreur : Source ventes ("), err);
        for (String fragment : expected) {
            assertTrue(err.contains(fragment), "missing « " + fragment + " » in:\n" + err);
        }
        assertEquals(before, fingerprint(), "the database changed");
        assertEquals(List.of(), leftovers(), "temporary files left in the landing zone");
        return err;
    }

    List<Path> leftovers() throws IOException {
        if (!Files.isDirectory(db.resolveSibling("landing"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(db.resolveSibling("landing"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static JsonNode json(LaunchResult result) throws IOException {
        return JSON.readTree(result.getOutput());
    }

    @Test
    void aServerErrorThenSuccessIsRetriedAndImports(QuarkusMainLauncher launcher) throws IOException {
        server.script("flaky.csv", (exchange, n) -> send(exchange, n == 1 ? 500 : 200, "text/csv",
                n == 1 ? new byte[0] : sales));
        LaunchResult result = runWithSales(launcher, server.url("flaky.csv"), "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        assertEquals(2, server.hits("flaky.csv"));
        assertEquals(30, json(result).at("/import/ventes/inserees").asInt());
        assertTrue(result.getErrorOutput().contains("Avertissement : Source ventes (" + server.url("flaky.csv")
                + ") : le serveur a répondu HTTP 500 (erreur interne du serveur) ; nouvel essai dans"), result.getErrorOutput());
    }

    @Test
    void retryAfterIsHonoured(QuarkusMainLauncher launcher) {
        List<Long> times = new CopyOnWriteArrayList<>();
        server.script("busy.csv", (exchange, n) -> {
            times.add(System.nanoTime());
            if (n == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 503, "text/plain", "occupé".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 200, "text/csv", sales);
            }
        });
        LaunchResult result = runWithSales(launcher, server.url("busy.csv"));
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        assertEquals(2, times.size());
        long waitedMillis = (times.get(1) - times.get(0)) / 1_000_000;
        assertTrue(waitedMillis >= 950, "waited only " + waitedMillis + " ms, the server asked for 1 s");
        assertTrue(result.getErrorOutput().contains("HTTP 503 (service indisponible) ; nouvel essai dans 1 s"),
                result.getErrorOutput());
    }

    @Test
    void aRetryAfterBeyondTheTimeBudgetGivesUpAtOnce(QuarkusMainLauncher launcher) throws IOException {
        server.script("later.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            send(exchange, 503, "text/plain", new byte[0]);
        });
        failsLeavingTheDatabaseAsItWas(launcher, server.url("later.csv"),
                "HTTP 503 (service indisponible) ; le serveur demande d'attendre 3600 s (Retry-After)",
                "ventes.download.retry-max-duration", "abandon après 1 tentative");
        assertEquals(1, server.hits("later.csv"));
    }

    @Test
    void tooManyRequestsIsRetriedAFewTimesThenFails(QuarkusMainLauncher launcher) throws IOException {
        server.script("quota.csv", (exchange, n) -> send(exchange, 429, "text/plain", new byte[0]));
        failsLeavingTheDatabaseAsItWas(launcher, server.url("quota.csv"),
                "HTTP 429 (trop de requêtes) ; abandon après " + (RETRIES + 1) + " tentatives");
        assertEquals(RETRIES + 1, server.hits("quota.csv"));
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut(QuarkusMainLauncher launcher) throws IOException {
        server.script("slow.csv", (exchange, n) -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/csv", sales);
        });
        failsLeavingTheDatabaseAsItWas(launcher, server.url("slow.csv"),
                "pas de réponse du serveur en 1 s (ventes.download.read-timeout)",
                "abandon après " + (RETRIES + 1) + " tentatives");
    }

    @Test
    void aSlowButSteadyBodyOutlastsTheReadTimeout(QuarkusMainLauncher launcher) {
        server.script("drip.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, sales.length);
            try (OutputStream out = exchange.getResponseBody()) {
                int step = sales.length / 5 + 1;
                for (int from = 0; from < sales.length; from += step) {
                    out.write(sales, from, Math.min(step, sales.length - from));
                    out.flush();
                    Thread.sleep(400);       // 5 × 0.4 s = 2 s in all, twice the read timeout, never 1 s idle
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LaunchResult result = runWithSales(launcher, server.url("drip.csv"));
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        assertEquals(1, server.hits("drip.csv"));
    }

    @Test
    void aConnectionResetMidBodyImportsNothing(QuarkusMainLauncher launcher) throws IOException {
        try (RawHttpServer raw = new RawHttpServer(sales, sales.length / 2)) {
            failsLeavingTheDatabaseAsItWas(launcher, raw.url("ventes.csv"), "téléchargement interrompu",
                    "abandon après " + (RETRIES + 1) + " tentatives");
            assertEquals(RETRIES + 1, raw.requests());
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthImportsNothing(QuarkusMainLauncher launcher) throws IOException {
        server.script("short.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, sales.length + 1000);
            OutputStream out = exchange.getResponseBody();
            out.write(sales);
            out.flush();
            throw new IOException("cut short on purpose");      // the server closes the connection early
        });
        failsLeavingTheDatabaseAsItWas(launcher, server.url("short.csv"), "téléchargement interrompu après ",
                " sur " + (sales.length + 1000) + " annoncés");
    }

    @Test
    void redirectsAreFollowedAcrossHosts(QuarkusMainLauncher launcher) throws IOException {
        try (LocalCsvServer other = new LocalCsvServer(server.root())) {
            String elsewhere = other.url("ventes.csv").replace("127.0.0.1", "localhost");
            other.script("hop.csv", (exchange, n) -> {
                exchange.getResponseHeaders().set("Location", "/ventes.csv");      // relative: same host
                send(exchange, 302, null, new byte[0]);
            });
            server.script("moved.csv", (exchange, n) -> {
                exchange.getResponseHeaders().set("Location", elsewhere.replace("ventes.csv", "hop.csv"));
                send(exchange, 307, null, new byte[0]);
            });
            LaunchResult result = runWithSales(launcher, server.url("moved.csv"), "--json");
            assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
            assertEquals(30, json(result).at("/import/ventes/inserees").asInt());
            assertEquals(1, other.hits("hop.csv"));
            assertEquals(1, other.hits("ventes.csv"));
            // Stored under the address the user gave, not wherever the server sent us this time.
            assertEquals(server.url("moved.csv"), TestDatabase.value(db, "SELECT url FROM etat_sources WHERE fichier = 'ventes'"));
        }
    }

    @Test
    void aRedirectLoopStopsAtTheBound(QuarkusMainLauncher launcher) throws IOException {
        server.script("loop.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("Location", server.url("loop.csv"));
            send(exchange, 302, null, new byte[0]);
        });
        failsLeavingTheDatabaseAsItWas(launcher, server.url("loop.csv"),
                "trop de redirections (plus de 3, ventes.download.max-redirects)");
        assertEquals(4, server.hits("loop.csv"));
    }

    @Test
    void theSecondRunGetsA304AndImportsNothing(QuarkusMainLauncher launcher) throws IOException {
        List<String> answers = new CopyOnWriteArrayList<>();
        server.script("etag.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 08:00:00 GMT");
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            answers.add(same ? "304" : "200");
            send(exchange, same ? 304 : 200, "text/csv", same ? new byte[0] : sales);
        });
        assertEquals(ExitCodes.OK, runWithSales(launcher, server.url("etag.csv")).exitCode());
        LaunchResult second = runWithSales(launcher, server.url("etag.csv"), "--json");
        assertEquals(ExitCodes.OK, second.exitCode(), second.getErrorOutput());
        assertEquals(List.of("200", "304"), answers);
        JsonNode doc = json(second);
        assertEquals("inchange", doc.at("/import/ventes/statut").asText());
        assertEquals(0, doc.at("/import/ventes/lues").asInt());
        assertEquals(List.of(List.of("\"v1\"", "Tue, 01 Dec 2026 08:00:00 GMT")),
                TestDatabase.rows(db, "SELECT etag, last_modified FROM etat_sources WHERE fichier = 'ventes'"));

        LaunchResult status = launcher.launch("status", "--db", db.toString());
        assertEquals(ExitCodes.OK, status.exitCode(), status.getErrorOutput());
        assertTrue(status.getOutput().matches("(?s).*ventes\\s+\"v1\"\\s+Tue, 01 Dec 2026 08:00:00 GMT\\s+" + sales.length + "\\s+"
                + LocalCsvServer.sha256(sales) + ".*"), status.getOutput());
    }

    @Test
    void theSameBodyWithoutValidatorsIsSkippedByItsSha256(QuarkusMainLauncher launcher) throws IOException {
        server.script("plain.csv", (exchange, n) -> send(exchange, 200, "text/csv", sales));
        assertEquals(ExitCodes.OK, runWithSales(launcher, server.url("plain.csv")).exitCode());
        LaunchResult second = runWithSales(launcher, server.url("plain.csv"), "--json");
        assertEquals(ExitCodes.OK, second.exitCode(), second.getErrorOutput());
        assertEquals(2, server.hits("plain.csv"));
        assertEquals("inchange", json(second).at("/import/ventes/statut").asText());
        assertEquals(0, json(second).at("/import/ventes/lues").asInt());
        assertEquals(1, landed("ventes").size(), "an unchanged body is not landed again");
        assertEquals(List.of(List.of("importe"), List.of("inchange")),
                TestDatabase.rows(db, "SELECT statut FROM imports_fichiers WHERE fichier = 'ventes' ORDER BY import_id"));
    }

    @Test
    void aSignInPageIsRefusedWithItsTitle(QuarkusMainLauncher launcher) throws IOException {
        server.script("private.csv", (exchange, n) -> send(exchange, 200, "text/html; charset=utf-8",
                ("<!DOCTYPE html><html lang=\"fr\"><head><title>Connexion – Comptes Google</title></head>"
                        + "<body><form>…</form></body></html>").getBytes(StandardCharsets.UTF_8)));
        failsLeavingTheDatabaseAsItWas(launcher, server.url("private.csv"),
                "le serveur a envoyé une page HTML « Connexion – Comptes Google »", "au lieu d'un fichier CSV",
                "type text/html; charset=utf-8", "le lien est-il public et à jour ?");
        assertEquals(1, server.hits("private.csv"), "not retried");
    }

    @Test
    void anEmptyBodyIsRefused(QuarkusMainLauncher launcher) throws IOException {
        server.script("empty.csv", (exchange, n) -> send(exchange, 200, "text/csv", new byte[0]));
        failsLeavingTheDatabaseAsItWas(launcher, server.url("empty.csv"),
                "le serveur a envoyé un contenu vide au lieu d'un fichier CSV (type text/csv, 0 octet)");
    }

    @Test
    void aBinaryBodyIsRefused(QuarkusMainLauncher launcher) throws IOException {
        server.script("image.csv", (exchange, n) -> send(exchange, 200, "image/png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        failsLeavingTheDatabaseAsItWas(launcher, server.url("image.csv"), "le serveur a envoyé un fichier binaire (octet nul) au lieu d'un fichier CSV (type image/png, 12 octets)");
    }

    @Test
    void aBodyAnnouncedOverTheSizeCapIsNotDownloaded(QuarkusMainLauncher launcher) throws IOException {
        byte[] big = bigCsv();
        server.script("big.csv", (exchange, n) -> send(exchange, 200, "text/csv", big));
        failsLeavingTheDatabaseAsItWas(launcher, server.url("big.csv"),
                "le serveur annonce " + big.length + " octets, plus que la limite de 65536 octets (ventes.download.max-bytes)");
        assertEquals(1, server.hits("big.csv"), "not retried");
    }

    @Test
    void aStreamedBodyOverTheSizeCapIsCut(QuarkusMainLauncher launcher) throws IOException {
        byte[] big = bigCsv();
        server.script("stream.csv", (exchange, n) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, 0);          // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            } catch (IOException e) {
                // the client hung up once over the cap
            }
        });
        failsLeavingTheDatabaseAsItWas(launcher, server.url("stream.csv"),
                "fichier plus gros que la limite de 65536 octets (ventes.download.max-bytes) ; téléchargement arrêté");
    }

    @Test
    void notFoundIsNotRetried(QuarkusMainLauncher launcher) throws IOException {
        failsLeavingTheDatabaseAsItWas(launcher, server.url("absent.csv"),
                "Source ventes (" + server.url("absent.csv") + ") : le serveur a répondu HTTP 404 (fichier introuvable)");
        assertEquals(1, server.hits("absent.csv"));
    }

    @Test
    void aRefusedConnectionIsRetriedThenExplained(QuarkusMainLauncher launcher) throws IOException {
        String closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/ventes.csv";
        }
        String err = failsLeavingTheDatabaseAsItWas(launcher, closed, "serveur injoignable (",
                "abandon après " + (RETRIES + 1) + " tentatives");
        assertEquals(RETRIES, err.lines().filter(l -> l.startsWith("Avertissement : Source ventes")).count(), err);
    }

    @Test
    void localFilesNeedTheExplicitFlagAndOtherSchemesAreRefused(QuarkusMainLauncher launcher) throws IOException {
        String local = server.root().resolve("ventes.csv").toUri().toString();
        failsLeavingTheDatabaseAsItWas(launcher, local, "les fichiers locaux ne sont lus qu'avec l'option --fichiers-locaux");
        LaunchResult other = runWithSales(launcher, "ftp://127.0.0.1/ventes.csv");
        assertEquals(ExitCodes.SOURCE, other.exitCode());
        assertTrue(other.getErrorOutput().contains("adresse non prise en charge ; seules http:// et https:// sont acceptées"),
                other.getErrorOutput());
        LaunchResult allowed = runWithSales(launcher, local, "--fichiers-locaux", "--json");
        assertEquals(ExitCodes.OK, allowed.exitCode(), allowed.getErrorOutput());
        assertEquals("inchange", json(allowed).at("/import/ventes/statut").asText(), "same body as the baseline's");
    }

    @Test
    void underJsonAFailureIsAJsonDocumentNamingTheSource(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = runWithSales(launcher, server.url("absent.csv"), "--json");
        assertEquals(ExitCodes.SOURCE, result.exitCode());
        JsonNode doc = json(result);
        assertEquals("erreur", doc.at("/statut").asText());
        assertEquals(ExitCodes.SOURCE, doc.at("/code").asInt());
        assertEquals("erreur", doc.at("/import/ventes/statut").asText());
        assertTrue(doc.at("/import/ventes/message").asText().contains("HTTP 404"), doc.toString());
        assertTrue(result.getErrorOutput().startsWith("Erreur : Source ventes"), result.getErrorOutput());

        LaunchResult fetch = launcher.launch("fetch", "--db", db.toString(), "--ventes", server.url("absent.csv"), "--json");
        assertEquals(ExitCodes.SOURCE, fetch.exitCode());
        assertEquals("erreur", json(fetch).at("/telechargements/ventes/statut").asText(), fetch.getOutput());
    }

    @Test
    void secretsInTheAddressNeverShowNorAreStored(QuarkusMainLauncher launcher) throws IOException {
        server.script("secret.csv", (exchange, n) -> send(exchange, 200, "text/csv", sales));
        String address = server.url("secret.csv").replace("://", "://alice:motdepasse@") + "?token=abc123&gid=7";
        LaunchResult result = runWithSales(launcher, address);
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        String shown = server.url("secret.csv").replace("://", "://***@") + "?token=***&gid=7";
        assertEquals(shown, TestDatabase.value(db, "SELECT url FROM etat_sources WHERE fichier = 'ventes'"));
        String everything = TestDatabase.dump(db) + Files.readString(landed("ventes").get(0)
                .resolveSibling(landed("ventes").get(0).getFileName().toString().replace(".csv", ".properties")));
        assertFalse(everything.contains("motdepasse") || everything.contains("abc123"), everything);

        String missing = address.replace("secret.csv", "absent.csv");
        LaunchResult failed = runWithSales(launcher, missing);
        assertEquals(ExitCodes.SOURCE, failed.exitCode());
        assertTrue(failed.getErrorOutput().contains(shown.replace("secret.csv", "absent.csv")), failed.getErrorOutput());
        assertFalse(failed.getErrorOutput().contains("motdepasse") || failed.getErrorOutput().contains("abc123"));
    }

    @Test
    void onlyTheMostRecentLandedFilesAreKept(QuarkusMainLauncher launcher) throws IOException {
        Path file = server.root().resolve("ventes.csv");
        String before = "";
        for (int day = 1; day <= 3; day++) {
            before = day == 3 ? Files.readString(file) : before;
            Files.writeString(file, "\r\n2023-07-0" + day + ",REF001,1,1", StandardOpenOption.APPEND);
            assertEquals(ExitCodes.OK, runWithSales(launcher, server.url("ventes.csv")).exitCode());
        }
        List<Path> kept = LandedVersions.descriptions(db.resolveSibling("landing/ventes"));
        assertEquals(2, kept.size(), kept.toString());
        assertArrayEquals(Files.readAllBytes(file), LandedVersions.bytes(kept.get(0)), "newest first, as served");
        assertEquals(before, new String(LandedVersions.bytes(kept.get(1)), StandardCharsets.UTF_8),
                "the version it grew from, kept as its beginning");
        assertEquals(landed("ventes").get(0).getFileName().toString(),
                LandedVersions.read(kept.get(1)).getProperty("debut-de"));
        assertEquals(1, landed("ventes").size(), "the file that grew is not copied for each version");
        assertEquals(33, TestDatabase.count(db, "ventes"));
    }

    @Test
    void afterAVersionRefusedOnlyTheNewEndIsRead(QuarkusMainLauncher launcher) throws IOException {
        Path file = server.root().resolve("ventes.csv");
        assertEquals(ExitCodes.OK, runWithSales(launcher, server.url("ventes.csv")).exitCode());
        byte[] imported = Files.readAllBytes(file);
        Files.writeString(file, "\r\n2023-07-01,REF001,deux,1", StandardOpenOption.APPEND);
        LaunchResult refused = runWithSales(launcher, server.url("ventes.csv"), "--strict");
        assertEquals(ExitCodes.DATA, refused.exitCode(), refused.getErrorOutput());
        // Landed all the same: the version imported is now kept as the beginning of the refused one.
        Path refusedFile = landed("ventes").get(0);
        assertEquals(1, landed("ventes").size());
        Path importedVersion = LandedVersions.descriptions(db.resolveSibling("landing/ventes")).get(1);
        assertEquals(refusedFile.getFileName().toString(), LandedVersions.read(importedVersion).getProperty("debut-de"));
        assertArrayEquals(imported, LandedVersions.bytes(importedVersion));

        Files.write(file, imported);
        Files.writeString(file, "\r\n2023-07-01,REF001,2,1\r\n2023-07-02,REF002,1,2", StandardOpenOption.APPEND);
        LaunchResult corrected = runWithSales(launcher, server.url("ventes.csv"), "--json");
        assertEquals(ExitCodes.OK, corrected.exitCode(), corrected.getErrorOutput());
        JsonNode doc = json(corrected);
        assertEquals(2, doc.at("/import/ventes/lues").asInt(), "only the new end is read: " + doc);
        assertEquals(30, doc.at("/import/ventes/import_incremental/lignes_deja_importees").asInt(), doc.toString());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(landed("ventes").get(0)), "landed as served");
        assertTrue(Files.exists(refusedFile), "the refused version, longer than the one imported, is left as it was");
        assertEquals(32, TestDatabase.count(db, "ventes"));
    }

    @Test
    void fetchAloneDownloadsAndVerifiesWithoutTouchingTheDatabase(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("fetch", "--db", db.toString(), "--produits", server.url("produits.csv"),
                "--magasins", server.url("magasins.csv"), "--ventes", server.url("ventes.csv"), "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        JsonNode doc = json(result);
        assertEquals("telecharge", doc.at("/telechargements/ventes/statut").asText());
        assertEquals(LocalCsvServer.sha256(sales), doc.at("/telechargements/ventes/sha256").asText());
        assertEquals(1, landed("ventes").size());
        assertFalse(Files.exists(db), "fetch must not create the database");

        Path stale = Files.writeString(db.resolveSibling("landing/ventes/.telechargement-1.part"), "2023-05");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(2 * 86_400)));
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-07-01,REF001,1,1", StandardOpenOption.APPEND);
        LaunchResult again = launcher.launch("fetch", "--db", db.toString(), "--produits", server.url("produits.csv"),
                "--magasins", server.url("magasins.csv"), "--ventes", server.url("ventes.csv"));
        assertEquals(ExitCodes.OK, again.exitCode(), again.getErrorOutput());
        assertEquals(2, landed("ventes").size(), "a changed body lands next to the previous one");
        assertEquals(1, landed("produits").size(), "the same body fetched again is not landed twice");
        assertFalse(Files.exists(stale), "a partial download left by a killed run is cleaned up");
    }

    List<Path> landed(String source) throws IOException {
        try (Stream<Path> files = Files.list(db.resolveSibling("landing").resolve(source))) {
            return files.filter(p -> p.toString().endsWith(".csv"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        }
    }

    /** 100 kB of well-formed sales rows: over the test cap of 64 KiB. */
    byte[] bigCsv() {
        StringBuilder csv = new StringBuilder(new String(sales, StandardCharsets.UTF_8));
        while (csv.length() < 100_000) {
            csv.append("\r\n2023-07-01,REF001,1,1");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
