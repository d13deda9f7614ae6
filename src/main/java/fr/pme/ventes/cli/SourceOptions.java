package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import picocli.CommandLine.Option;

import java.util.EnumMap;
import java.util.Map;

/** Where the three files come from. */
class SourceOptions {
    @Option(names = "--source", paramLabel = "NOM", defaultValue = "${env:VENTES_SOURCE:-demo}",
            description = "Jeu de sources : demo (fichiers du client intégrés à l'outil, sans réseau) ou brief "
                    + "(adresses publiées par le client). Défaut : ${DEFAULT-VALUE} ; variable VENTES_SOURCE.")
    String source;

    @Option(names = "--produits", paramLabel = "URL", defaultValue = "${env:VENTES_PRODUITS_URL}",
            description = "Adresse du fichier des produits (http, https ; file avec --fichiers-locaux).")
    String products;

    @Option(names = "--magasins", paramLabel = "URL", defaultValue = "${env:VENTES_MAGASINS_URL}",
            description = "Adresse du fichier des magasins.")
    String stores;

    @Option(names = "--ventes", paramLabel = "URL", defaultValue = "${env:VENTES_VENTES_URL}",
            description = "Adresse du fichier des ventes.")
    String sales;

    @Option(names = "--fichiers-locaux", description = "Autorise les adresses file:// (fichiers de cette machine).")
    boolean allowLocalFiles;

    @Option(names = "--ajouts-seulement",
            description = "Le serveur des ventes ne fait qu'ajouter des lignes à la fin du fichier : n'en demander que "
                    + "la fin (requête Range), le début étant repris du dernier fichier importé et vérifié sur ses "
                    + "64 derniers Kio. Un changement du début qui en garde la longueur passerait inaperçu : sans "
                    + "cette option, tout le fichier est téléchargé et son début comparé en entier. "
                    + "Réglage ventes.download.sales-append-only.")
    boolean salesAppendOnly;

    @Option(names = "--landing", paramLabel = "DOSSIER", defaultValue = "${env:VENTES_LANDING}",
            description = "Dossier des téléchargements (défaut : landing/ à côté de la base ; variable VENTES_LANDING).")
    String landing;

    Map<DataFile, String> overrides() {
        Map<DataFile, String> overrides = new EnumMap<>(DataFile.class);
        put(overrides, DataFile.PRODUITS, products);
        put(overrides, DataFile.MAGASINS, stores);
        put(overrides, DataFile.VENTES, sales);
        return overrides;
    }

    private static void put(Map<DataFile, String> overrides, DataFile file, String value) {
        if (value != null && !value.isBlank()) {
            overrides.put(file, value);
        }
    }
}
