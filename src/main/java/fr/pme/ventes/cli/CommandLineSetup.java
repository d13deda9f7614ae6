package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/** The command line with French errors and exit codes mapped in one place. */
final class CommandLineSetup {
    private CommandLineSetup() {
    }

    /** The whole command line, every subcommand built: help texts, and errors that list the commands. */
    static CommandLine create(CommandLine.IFactory factory) {
        return create(factory, VentesCommand.SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: when they name a subcommand, only that one is built. picocli builds each
     * command's model by reflection over its annotations; building the twelve a run does not use was two thirds of
     * picocli's share of start-up (issue #7, deliverables/performance-notes.md).
     */
    static CommandLine forArguments(CommandLine.IFactory factory, String... args) {
        Class<?> invoked = invokedSubcommand(args);
        return create(factory, invoked == null ? VentesCommand.SUBCOMMANDS : List.of(invoked));
    }

    /** The subcommand named by the first word that is not an option (the top command takes no values), or null. */
    static Class<?> invokedSubcommand(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                for (Class<?> subcommand : VentesCommand.SUBCOMMANDS) {
                    CommandLine.Command command = subcommand.getAnnotation(CommandLine.Command.class);
                    if (command.name().equals(arg) || List.of(command.aliases()).contains(arg)) {
                        return subcommand;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static CommandLine create(CommandLine.IFactory factory, List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(VentesCommand.class, factory);
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(new CommandLine(subcommand, factory));
        }
        // Plain help on a terminal too: the same text everywhere, so that it can be stored at build time (HelpTexts).
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof VentesException known) {
                if (jsonRequested(parsed)) {
                    JsonErrors.print(known, parsed);
                }
                err.println("Erreur : " + known.getMessage());
                if (verbose(parsed)) {
                    ex.printStackTrace(err);
                }
                return known.exitCode();
            }
            err.println("Erreur interne inattendue (" + ex.getClass().getSimpleName() + " : " + ex.getMessage()
                    + ") ; relancez avec --verbeux et signalez-la avec la trace.");
            if (verbose(parsed)) {
                ex.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("Erreur d'utilisation : " + French.usageError(ex));
            err.println("Aide : " + cmd.getCommandSpec().qualifiedName() + " --help");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    private static boolean jsonRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--json")) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbeux")) {
                return true;
            }
        }
        return false;
    }
}
