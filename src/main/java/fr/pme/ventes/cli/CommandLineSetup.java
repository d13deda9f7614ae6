package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** The command line with French errors and exit codes mapped in one place. */
final class CommandLineSetup {
    private CommandLineSetup() {
    }

    static CommandLine create(CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(VentesCommand.class, factory);
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
