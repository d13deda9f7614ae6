package fr.pme.ventes.cli;

import picocli.CommandLine.Option;

/** --db: declared here for help and parsing; its value reaches the datasource through {@link Main}. */
class DatabaseOption {
    @Option(names = "--db", paramLabel = "BASE", defaultValue = "${env:VENTES_DB:-data/ventes.db}",
            description = {"Fichier de la base SQLite (défaut : ${DEFAULT-VALUE} ; variable VENTES_DB), ou URL "
                    + "PostgreSQL jdbc:postgresql://hôte:port/base (utilisateur et mot de passe dans VENTES_DB_USER "
                    + "et VENTES_DB_PASSWORD)."})
    String db;
}
