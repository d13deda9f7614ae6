package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.Fixtures;
import fr.pme.ventes.LocalCsvServer;
import fr.pme.ventes.TestDatabase;
import fr.pme.ventes.demo.SalesGenerator;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8: what the machine can do to the database. A path that is not SQLite, a read-only mount, a full disk
 * (a real 1 MiB tmpfs, mounted by the test: CI runs as root). Each gives a French message and its own exit code,
 * and the database keeps exactly what it had; once the cause is gone the next run completes.
 */
@QuarkusMainTest
class EnvironmentFailuresTest {
    @TempDir
    Path tmp;
    Path mount;
    boolean mounted;
    LocalCsvServer server;

    @BeforeEach
    void serve() {
        server = new LocalCsvServer(Fixtures.copy("csv/variantes/publie", tmp.resolve("http")));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        if (mounted) {
            sh("umount", mount.toString());
        }
    }

    LaunchResult run(QuarkusMainLauncher launcher, Path db) {
        List<String> args = new ArrayList<>(List.of("run", "--db", db.toString(), "--landing", tmp.resolve("landing").toString(),
                "--produits", server.url("produits.csv"), "--magasins", server.url("magasins.csv"),
                "--ventes", server.url("ventes.csv")));
        return launcher.launch(args.toArray(String[]::new));
    }

    /** A tmpfs of {@code size} at tmp/disque, or a skipped test where mounting is not allowed. */
    Path tmpfs(String size) throws Exception {
        mount = Files.createDirectories(tmp.resolve("disque"));
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString()) == 0;
        Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root (CI runs as root)");
        return mount;
    }

    static int sh(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }

    @Test
    void aFileThatIsNotSqliteIsNamedAndLeftUntouched(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("ventes.db");
        Files.writeString(db, "Ceci est une note, pas une base.\n".repeat(200));
        byte[] before = Files.readAllBytes(db);
        LaunchResult result = run(launcher, db);
        assertEquals(ExitCodes.DATABASE, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("Base de données " + db + " : ce fichier n'est pas une base SQLite"),
                result.getErrorOutput());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aReadOnlyDatabaseGivesCode10AndKeepsItsContent(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmpfs("8m").resolve("ventes.db");
        assertEquals(ExitCodes.OK, run(launcher, db).exitCode());
        String before = TestDatabase.dump(db);
        Files.writeString(server.root().resolve("produits.csv"), "\r\nProduit F,REF006,9.99,10", StandardOpenOption.APPEND);
        assertEquals(0, sh("mount", "-o", "remount,ro", mount.toString()));
        LaunchResult result = run(launcher, db);
        assertEquals(ExitCodes.READ_ONLY, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("lecture seule"), result.getErrorOutput());
        assertEquals(before, TestDatabase.dump(db));
        assertEquals(0, sh("mount", "-o", "remount,rw", mount.toString()));
        assertEquals(ExitCodes.OK, run(launcher, db).exitCode());
        assertEquals(1L, TestDatabase.count(db, "produits WHERE reference = 'REF006'"));
    }

    @Test
    void aFullDiskGivesCode9AndLosesNothing(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmpfs("1m").resolve("ventes.db");
        assertEquals(ExitCodes.OK, run(launcher, db).exitCode());
        String before = TestDatabase.dump(db);
        // 40 000 generated sales need several MiB: more than the disk has left.
        new SalesGenerator(5, 5, 8).writeAll(tmp.resolve("gros"), 40_000);
        Files.copy(tmp.resolve("gros/ventes.csv"), server.root().resolve("ventes.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(server.root().resolve("produits.csv"), Files.readString(tmp.resolve("gros/produits.csv")));
        Files.writeString(server.root().resolve("magasins.csv"), Files.readString(tmp.resolve("gros/magasins.csv")));
        LaunchResult result = run(launcher, db);
        assertEquals(ExitCodes.DISK_FULL, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("le disque est plein"), result.getErrorOutput());
        assertEquals(before, TestDatabase.dump(db), "the rollback journal put every page back");
        assertEquals(List.of("ok"), DatabaseState.integrityCheck(db));
        assertEquals(0, sh("mount", "-o", "remount,size=64m", mount.toString()));
        LaunchResult later = run(launcher, db);
        assertEquals(ExitCodes.OK, later.exitCode(), later.getErrorOutput());
        assertEquals(40_000 + 30, TestDatabase.count(db, "ventes"));
    }
}
