package fr.pme.ventes.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The help texts written at build time (exec-maven-plugin, phase process-classes) into {@code aide/*.txt}, so that
 * {@code ventes --help} and {@code ventes <commande> --help} print a file instead of building picocli's model of every
 * command by reflection: measured on JDK 25 with the AOT cache, 0.45–0.75 s → under 0.3 s (issue #7, the shell
 * alias). Only these plain requests are answered here; any other argument goes to HelpWithoutQuarkus or to the full
 * application. HelpWithoutQuarkusTest checks every stored text against the one the full application prints.
 */
final class HelpTexts {
    static final String FOLDER = "aide";
    private static final Set<String> HELP = Set.of("-h", "--help", "--aide");
    private static final String MAIN = "ventes";

    private HelpTexts() {
    }

    /** The stored help for exactly "--help" or "COMMAND --help"; null for anything else or when none is stored. */
    static String stored(String... args) {
        String name;
        if (args.length == 1 && HELP.contains(args[0])) {
            name = MAIN;
        } else if (args.length == 2 && HELP.contains(args[1]) && args[0].matches("[a-z][a-z-]*")) {
            name = args[0];
        } else {
            return null;
        }
        try (InputStream in = HelpTexts.class.getResourceAsStream("/" + FOLDER + "/" + name + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;        // the slower paths still know the answer
        }
    }

    /** Writes the help of the main command and of each subcommand (hidden ones included) into {@code args[0]}. */
    public static void main(String... args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        write(folder, MAIN, render("--help"));
        for (String command : CommandLineSetup.create(new HelpWithoutQuarkus()).getSubcommands().keySet()) {
            write(folder, command, render(command, "--help"));
        }
    }

    /** What picocli prints for this help request, built without Quarkus (HelpWithoutQuarkus). */
    static String render(String... args) {
        StringWriter text = new StringWriter();
        CommandLine commandLine = CommandLineSetup.create(new HelpWithoutQuarkus());
        commandLine.setOut(new PrintWriter(text, true));
        CommandLine.executeHelpRequest(commandLine.parseArgs(args));
        return text.toString();
    }

    private static void write(Path folder, String name, String text) {
        try {
            Files.writeString(folder.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
