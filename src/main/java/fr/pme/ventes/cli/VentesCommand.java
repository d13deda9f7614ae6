package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ventes",
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMANDE",
        synopsisHeading = "Utilisation : ",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions :%n",
        commandListHeading = "%nCommandes :%n",
        footerHeading = "%n",
        description = {
                "Télécharge les fichiers CSV publiés par la PME (produits, magasins, ventes), les importe sans doublon "
                        + "dans une base SQLite (ou PostgreSQL), calcule les analyses (chiffre d'affaires total, par produit, par "
                        + "région, par ville…) et les enregistre dans la base."},
        footer = {"Codes de sortie : 0 succès, 1 erreur interne, 2 usage, 3 source injoignable ou pas un CSV, "
                + "4 données refusées (--strict), 5 base de données, 6 rapport ou livrable impossible à écrire, "
                + "7 base incohérente (verifier), 8 base occupée par une autre exécution, 9 disque plein, "
                + "10 base en lecture seule (détail : deliverables/erreurs.md).",
                "Exemple : ventes run    (données du client intégrées, sans réseau)"})
public class VentesCommand implements Callable<Integer> {
    /** The subcommands, in the order help lists them; added by {@link CommandLineSetup}, all or only the one invoked. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, FetchCommand.class, ImportCommand.class,
            AnalyzeCommand.class, StatusCommand.class, VerifyCommand.class, GenerateCommand.class,
            AotTrainingCommand.class, CopyCommand.class, SchemaCommand.class, RejetsCommand.class, ReportCommand.class,
            LivrablesCommand.class);

    @Mixin
    HelpOptions help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Erreur d'utilisation : indiquez une commande.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
