package fr.pme.ventes.cli;

import picocli.CommandLine.Option;

/** --db: declared here for help and parsing; its value reaches the datasource through {@link Main}. */
class DatabaseOption {
    @Option(names = "--db", paramLabel = "CHEMIN", defaultValue = "${env:VENTES_DB:-data/ventes.db}",
            description = "Fichier de la base SQLite (défaut : ${DEFAULT-VALUE} ; variable VENTES_DB).")
    String db;
}
