package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.analysis.AnalysisRun;
import fr.pme.ventes.analysis.Analyzer;
import fr.pme.ventes.storage.SchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "analyze", aliases = "analyser",
        description = "Calculer les analyses sur les données en base et enregistrer leurs résultats.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class AnalyzeCommand implements Callable<Integer> {
    @Mixin HelpOptions help;
    @Mixin DatabaseOption database;
    @Mixin OutputOptions output;

    private final SchemaMigrator migrator;
    private final Analyzer analyzer;
    private final ObjectMapper mapper;

    AnalyzeCommand(SchemaMigrator migrator, Analyzer analyzer, ObjectMapper mapper) {
        this.migrator = migrator;
        this.analyzer = analyzer;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        migrator.migrate();
        AnalysisRun run = analyzer.analyzeAndStore(null);
        if (output.json) {
            new JsonPrinter(mapper, System.out).print(Map.of("analyses", JsonPrinter.analyses(run.stored())));
        } else {
            new SummaryPrinter(System.out).analyses(run);
        }
        return ExitCodes.OK;
    }
}
