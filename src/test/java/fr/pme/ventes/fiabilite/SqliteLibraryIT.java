package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 7: the packaged jar loads sqlite-jdbc's JNI library from target/native-lib, beside it, instead of extracting
 * it to the temporary folder at every start (cli/Main); a jar without that folder still works as before. The native
 * executable is given that folder (Cli), as its image is.
 */
class SqliteLibraryIT {
    @TempDir
    Path tmp;

    @Test
    void theLibraryBesideTheJarIsLoadedWithoutExtractingAnything() throws Exception {
        Path library = (Cli.EXECUTABLE != null ? Cli.EXECUTABLE : Cli.JAR).resolveSibling("native-lib")
                .resolve(System.mapLibraryName("sqlitejdbc"));
        assumeTrue(Files.isRegularFile(library), "no library beside the jar: not a Linux x86_64 build");
        // Where the driver would extract its library: a folder that does not exist, so extracting would fail the run.
        Cli.Result run = Cli.start(tmp, List.of("-Dorg.sqlite.tmpdir=" + tmp.resolve("absent")),
                "run", "--db", tmp.resolve("ventes.db").toString()).await(300);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void withoutTheLibraryBesideTheJarTheDriverExtractsItsOwn() throws Exception {
        // The native executable holds no copy of the library to extract: its build exports it (pom.xml, native).
        assumeTrue(Cli.EXECUTABLE == null, "native executable: the library is always given beside it");
        Cli.Result run = Cli.start(tmp, List.of("-Dorg.sqlite.lib.path=" + tmp.resolve("absent")),
                "run", "--db", tmp.resolve("ventes.db").toString()).await(300);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }
}
