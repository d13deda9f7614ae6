package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.demo.SalesGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Hidden: writes synthetic files in the published format, for benchmarks and long tests (#7). */
@Command(name = "generer", hidden = true,
        description = "Écrire des fichiers de test au format publié (produits.csv, magasins.csv, ventes.csv).",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class GenerateCommand implements Callable<Integer> {
    @Mixin HelpOptions help;

    @Option(names = "--lignes", required = true, paramLabel = "N", description = "Nombre de ventes.")
    long sales;

    @Option(names = "--dossier", required = true, paramLabel = "DOSSIER", description = "Dossier de sortie.")
    Path folder;

    @Option(names = "--graine", defaultValue = "42", description = "Graine du hasard (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--produits", defaultValue = "50", description = "Nombre de produits (défaut : ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--magasins", defaultValue = "30", description = "Nombre de magasins (défaut : ${DEFAULT-VALUE}, 30 au plus).")
    int stores;

    @Override
    public Integer call() throws Exception {
        new SalesGenerator(seed, products, stores).writeAll(folder, sales);
        System.err.println(sales + " ventes écrites dans " + folder.resolve("ventes.csv"));
        return ExitCodes.OK;
    }
}
