package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.DataFile;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.acquisition.DownloadedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "fetch", aliases = "telecharger",
        description = "Télécharger et vérifier les trois fichiers dans le dossier des téléchargements, sans importer.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class FetchCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption database;
    @Mixin SourceOptions sources;
    @Mixin OutputOptions output;

    private final Pipeline pipeline;
    private final ObjectMapper mapper;

    FetchCommand(Pipeline pipeline, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        Map<DataFile, DownloadedFile> files = pipeline.fetchLanded(sources, new Terminal(output.json));
        if (output.json) {
            new JsonPrinter(mapper, System.out).print(Map.of("telechargements", JsonPrinter.downloads(files)));
        } else {
            new SummaryPrinter(System.out).downloads(files);
            System.out.println("Fichiers déposés dans " + pipeline.landing(sources).root());
        }
        return ExitCodes.OK;
    }
}
