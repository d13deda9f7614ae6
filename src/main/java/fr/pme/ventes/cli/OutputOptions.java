package fr.pme.ventes.cli;

import picocli.CommandLine.Option;

/** --json: only JSON on stdout (logs and messages on stderr), no progress display. */
class OutputOptions {
    @Option(names = "--json", description = "Écrit uniquement du JSON sur la sortie standard.")
    boolean json;
}
