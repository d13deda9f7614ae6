package fr.pme.ventes.cli;

import picocli.CommandLine.Option;

/** -h/--help and -V/--version in French, plus --verbeux, on every command. */
class HelpOptions {
    @Option(names = {"-h", "--help", "--aide"}, usageHelp = true, description = "Affiche cette aide et quitte.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Affiche la version et quitte.")
    boolean version;

    @Option(names = "--verbeux", description = "Affiche la trace complète des erreurs.")
    boolean verbose;
}
