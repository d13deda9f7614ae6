package fr.pme.ventes;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the CLI tests that run the pipeline as a user does: a copy of the client's published files served by a
 * real HTTP server on localhost, and a real SQLite file in a temporary folder (not created yet: the run makes it).
 */
public abstract class ClientFilesOverHttp {
    @TempDir
    protected Path tmp;
    protected Path db;
    protected LocalCsvServer server;

    @BeforeEach
    void serveClientFiles() {
        db = tmp.resolve("base/ventes.db");
        server = new LocalCsvServer(Fixtures.copy("csv/variantes/publie", tmp.resolve("http")));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** `ventes run` on the served files and the test database, followed by the extra arguments. */
    protected LaunchResult run(QuarkusMainLauncher launcher, String... extra) {
        return runWithSales(launcher, server.url("ventes.csv"), extra);
    }

    /** The same with the sales file taken from another address (a scripted fault, a secret in the URL…). */
    protected LaunchResult runWithSales(QuarkusMainLauncher launcher, String salesUrl, String... extra) {
        return runWith(launcher, server.url("produits.csv"), server.url("magasins.csv"), salesUrl, extra);
    }

    protected LaunchResult runWith(QuarkusMainLauncher launcher, String products, String stores, String sales,
                                   String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--db", db.toString(),
                "--produits", products, "--magasins", stores, "--ventes", sales));
        args.addAll(List.of(extra));
        return launcher.launch(args.toArray(String[]::new));
    }
}
