package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.Dialect;
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
        Quarkus.run(Main.class, args);
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
