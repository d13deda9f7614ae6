package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8: a source address carrying a password or a token never shows it — not on stdout (--json of run and
 * status), not on stderr, not in the database, not in the landing zone's file names or side files; and sources
 * other than http(s) are refused, file: unless --fichiers-locaux is given (DownloaderTest covers the messages).
 */
@QuarkusMainTest
class SourceSecurityTest extends ClientFilesOverHttp {
    static final String[] SECRETS = {"motdepasse", "jeton-tres-secret", "alice"};

    String secret(String file) {
        return server.url(file).replace("://", "://alice:motdepasse@") + "?token=jeton-tres-secret&gid=0";
    }

    LaunchResult runWithSecrets(QuarkusMainLauncher launcher, String sales, String... extra) {
        return runWith(launcher, secret("produits.csv"), secret("magasins.csv"), sales, extra);
    }

    static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), where + " shows " + secret + ": " + text);
        }
    }

    @Test
    void secretsAreRedactedInJsonStderrDatabaseAndLandingZone(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult ok = runWithSecrets(launcher, secret("ventes.csv"), "--json");
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.getErrorOutput());
        assertNoSecret("run --json", ok.getOutput() + ok.getErrorOutput());
        assertTrue(ok.getOutput().contains("token=***"), ok.getOutput());

        LaunchResult failed = runWithSecrets(launcher, secret("absent.csv"), "--json");
        assertEquals(ExitCodes.SOURCE, failed.exitCode());
        assertNoSecret("failed run --json", failed.getOutput() + failed.getErrorOutput());

        LaunchResult status = launcher.launch("status", "--db", db.toString(), "--json");
        assertEquals(ExitCodes.OK, status.exitCode(), status.getErrorOutput());
        assertNoSecret("status --json", status.getOutput());

        assertNoSecret("database", TestDatabase.dump(db));
        try (Stream<Path> files = Files.walk(db.getParent())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertNoSecret("file name " + file, file.toString());
                if (!file.getFileName().toString().endsWith(".db") && !file.getFileName().toString().endsWith(".csv")) {
                    assertNoSecret("side file " + file, Files.readString(file));
                }
            }
        }
    }

    @Test
    void onlyHttpAndHttpsUnlessLocalFilesAreAllowed(QuarkusMainLauncher launcher) {
        for (String address : List.of("file:///etc/passwd", "jar:file:/tmp/x.jar!/ventes.csv", "ftp://127.0.0.1/ventes.csv",
                "gopher://127.0.0.1/", "/etc/passwd")) {
            LaunchResult result = runWithSecrets(launcher, address);
            assertEquals(ExitCodes.SOURCE, result.exitCode(), address + ": " + result.getErrorOutput());
            assertTrue(result.getErrorOutput().startsWith("Erreur : "), result.getErrorOutput());
        }
        assertFalse(Files.exists(db), "a refused source stops before the database is created");
    }
}
