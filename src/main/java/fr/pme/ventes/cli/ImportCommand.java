package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.DataFile;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.acquisition.SourceException;
import fr.pme.ventes.importing.ImportReport;
import fr.pme.ventes.importing.ImportService;
import fr.pme.ventes.storage.SchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", aliases = "importer",
        description = "Importer les derniers fichiers téléchargés (par « ventes fetch ») dans la base, sans analyser.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class ImportCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption database;
    @Mixin SourceOptions sources;
    @Mixin ImportSettings settings;
    @Mixin OutputOptions output;

    private final Pipeline pipeline;
    private final SchemaMigrator migrator;
    private final ImportService importer;
    private final ObjectMapper mapper;

    ImportCommand(Pipeline pipeline, SchemaMigrator migrator, ImportService importer, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.migrator = migrator;
        this.importer = importer;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        Map<DataFile, DownloadedFile> files = pipeline.landed(sources);
        if (files.isEmpty()) {
            throw new SourceException("Aucun fichier téléchargé dans " + pipeline.landing(sources).root()
                    + " : lancez d'abord « ventes fetch » (ou « ventes run »)");
        }
        migrator.migrate();
        Terminal terminal = new Terminal(output.json);
        ImportReport report;
        try {
            report = importer.importFiles(files, settings.toOptions("import", terminal.imports()));
        } finally {
            terminal.done();
        }
        if (output.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("import_id", report.importId());
            document.put("import", JsonPrinter.imports(report));
            document.put("rejets", JsonPrinter.rejections(report.firstRejections()));
            new JsonPrinter(mapper, System.out).print(document);
        } else {
            new SummaryPrinter(System.out).imports(report);
        }
        Warnings.print(report);
        return ExitCodes.OK;
    }
}
