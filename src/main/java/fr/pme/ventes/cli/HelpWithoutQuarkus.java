package fr.pme.ventes.cli;

import picocli.CommandLine;

import java.lang.reflect.Constructor;
import java.util.Set;

/**
 * {@code ventes --help}, {@code ventes run --help} and {@code --version} answered without starting Quarkus (issue #7:
 * help in a fraction of the full start-up, for the shell alias). Printing help only reads the commands' annotations
 * and field defaults, so each command is built with null collaborators, which help never calls. Anything else — a
 * command to run, a usage error — goes on to the full application, which answers it as before.
 * HelpWithoutQuarkusTest checks that every help text equals the one the full application prints.
 */
final class HelpWithoutQuarkus implements CommandLine.IFactory {
    /** System property that sends help to the full application when "false": the tests, which compare both. */
    static final String SWITCH = "aide-rapide";
    private static final Set<String> FLAGS = Set.of("-h", "--help", "--aide", "-V", "--version");

    HelpWithoutQuarkus() {
    }

    /** The exit code when help or version was printed; -1 when the full application must handle these arguments. */
    static int answer(String... args) {
        if (!mentionsHelp(args)) {
            return -1;
        }
        CommandLine.ParseResult parsed;
        try {
            parsed = CommandLineSetup.create(new HelpWithoutQuarkus()).parseArgs(args);
        } catch (CommandLine.ParameterException | CommandLine.InitializationException e) {
            // A usage error is printed in French by the full application; a command that cannot be built here
            // (e.g. a native image without reflection data for it) is simply helped the slow way.
            return -1;
        }
        Integer code = CommandLine.executeHelpRequest(parsed);
        return code == null ? -1 : code;
    }

    private static boolean mentionsHelp(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (FLAGS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length != 1 || constructors[0].getParameterCount() == 0) {
            return CommandLine.defaultFactory().create(type);
        }
        Constructor<?> constructor = constructors[0];       // the commands' injection constructor
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(new Object[constructor.getParameterCount()]));
    }
}
