package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.Dialect;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Entry point. The database is chosen by --db, but Quarkus reads its configuration (and so the datasource URL)
 * before picocli parses the command line: the option is therefore picked out of argv here, first.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    private static final String SQLITE_LIBRARY_PATH = "org.sqlite.lib.path";

    private final CommandLine.IFactory factory;

    Main(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    public static void main(String... args) {
        if (!"false".equals(System.getProperty(HelpWithoutQuarkus.SWITCH))) {
            String stored = HelpTexts.stored(args);
            if (stored != null) {
                System.out.print(stored);
                System.out.flush();
                System.exit(ExitCodes.OK);
            }
            int helped = HelpWithoutQuarkus.answer(args);
            if (helped >= 0) {
                System.exit(helped);
            }
        }
        choose(databaseArgument(args), optionValue("--vers", args));
        useSqliteLibraryBesideJar();
        Quarkus.run(Main.class, args);
    }

    /**
     * sqlite-jdbc extracts its JNI library from the jar to the temporary folder and compares the copy byte by byte
     * at every start (~70 ms of the first connection, on the critical path; issue #7). The build leaves this
     * platform's library next to the jar (target/native-lib, pom.xml profile sqlite-native-lib); the driver's own
     * org.sqlite.lib.path setting makes it load that file directly. Without it, or if it cannot be loaded, the driver
     * extracts its library as before.
     */
    static void useSqliteLibraryBesideJar() {
        if (System.getProperty(SQLITE_LIBRARY_PATH) != null) {
            return;
        }
        try {
            CodeSource code = Main.class.getProtectionDomain().getCodeSource();
            if (code == null) {
                return;     // native executable: its image sets the path itself
            }
            Path folder = Path.of(code.getLocation().toURI()).resolveSibling("native-lib");
            if (Files.isRegularFile(folder.resolve(System.mapLibraryName("sqlitejdbc")))) {
                System.setProperty(SQLITE_LIBRARY_PATH, folder.toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class path: the driver extracts its library itself
        }
    }

    /**
     * Points the datasources at the databases named on the command line: a SQLite path goes to the default datasource
     * (ventes.db), a PostgreSQL URL to the named one, which is then activated. `copier` names two databases (--db and
     * --vers), one of each kind. Every property is set or cleared: a previous in-JVM launch (tests) must not leak.
     */
    static void choose(String database, String target) {
        String location = database != null ? database : System.getenv("VENTES_DB");
        String postgresql = null;
        String otherSqlite = null;
        if (Dialect.of(location) == Dialect.POSTGRESQL) {
            postgresql = location;
            otherSqlite = target != null && Dialect.of(target) == Dialect.SQLITE ? target : null;
        } else if (target != null && Dialect.of(target) == Dialect.POSTGRESQL) {
            postgresql = target;
        }
        set("ventes.db", database);
        set("ventes.sqlite", otherSqlite);
        set("quarkus.datasource." + Database.POSTGRESQL + ".jdbc.url", postgresql);
        set("quarkus.datasource." + Database.POSTGRESQL + ".active", postgresql == null ? null : "true");
    }

    private static void set(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Override
    public int run(String... args) {
        return CommandLineSetup.forArguments(factory, args).execute(args);
    }

    /** The value of "--db X" or "--db=X", wherever it stands; null when absent. */
    static String databaseArgument(String... args) {
        return optionValue("--db", args);
    }

    private static String optionValue(String option, String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(option) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(option + "=")) {
                return args[i].substring(option.length() + 1);
            }
        }
        return null;
    }
}
