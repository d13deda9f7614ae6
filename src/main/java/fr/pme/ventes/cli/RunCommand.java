package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.DataFile;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.analysis.AnalysisRun;
import fr.pme.ventes.analysis.Analyzer;
import fr.pme.ventes.analysis.StoredResults;
import fr.pme.ventes.importing.ImportOptions;
import fr.pme.ventes.importing.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", aliases = "executer",
        description = "Tout enchaîner : télécharger, migrer le schéma, importer sans doublon, analyser, enregistrer "
                + "les résultats et afficher le bilan.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class RunCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption database;
    @Mixin SourceOptions sources;
    @Mixin ImportSettings settings;
    @Mixin OutputOptions output;

    private final Pipeline pipeline;
    private final Analyzer analyzer;
    private final ObjectMapper mapper;

    RunCommand(Pipeline pipeline, Analyzer analyzer, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.analyzer = analyzer;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        Terminal terminal = new Terminal(output.json);
        ImportOptions options = settings.toOptions("run", terminal.imports());
        Map<DataFile, DownloadedFile> fetched = pipeline.fetch(sources, terminal);
        Pipeline.Imported imported;
        try {
            imported = pipeline.importFetched(fetched, sources, terminal, options);
        } finally {
            terminal.done();
        }
        Map<DataFile, DownloadedFile> files = imported.files();
        ImportReport report = imported.report();
        // Nothing new since the stored results: show them rather than computing and storing the same figures again.
        // Stale ones (a run killed between the import's commit and the analyses' commit) are recomputed (issue 8).
        // As JSON, they are printed as stored with them (computed again if stored by a version without that form).
        StoredResults stored = report.changedAnything() ? null
                : (output.json ? analyzer.latestPrinted() : analyzer.latestStored())
                .filter(analyzer::upToDate).orElse(null);
        AnalysisRun computed = stored == null ? analyzer.analyzeAndStore(report.importId()) : null;
        if (output.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("base", database.db);
            document.put("import_id", report.importId());
            document.put("telechargements", JsonPrinter.downloads(files));
            document.put("import", JsonPrinter.imports(report));
            document.put("rejets", JsonPrinter.rejections(report.firstRejections()));
            document.put("analyses", JsonPrinter.analyses(computed != null ? computed.stored() : stored));
            new JsonPrinter(mapper, System.out).print(document);
        } else {
            SummaryPrinter printer = new SummaryPrinter(System.out);
            printer.imports(report);
            printer.analyses(computed != null ? computed : analyzer.read(stored));
        }
        Warnings.print(report);
        return ExitCodes.OK;
    }
}
