package fr.pme.ventes.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

/**
 * Entry point. The database is chosen by --db, but Quarkus reads its configuration (and so the datasource URL)
 * before picocli parses the command line: the option is therefore picked out of argv here, first.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    private final CommandLine.IFactory factory;

    Main(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    public static void main(String... args) {
        String database = databaseArgument(args);
        if (database == null) {
            System.clearProperty("ventes.db");      // a previous in-JVM launch (tests) must not leak into this one
        } else {
            System.setProperty("ventes.db", database);
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        return CommandLineSetup.create(factory).execute(args);
    }

    /** The value of "--db X" or "--db=X", wherever it stands; null when absent. */
    static String databaseArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--db") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--db=")) {
                return args[i].substring("--db=".length());
            }
        }
        return null;
    }
}
