package fr.pme.ventes.report;

import fr.pme.ventes.analysis.AnalysisRun;
import fr.pme.ventes.analysis.Analyzer;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the note de synthèse from the latest stored analysis results: Markdown + SVG charts, or one HTML page. */
@ApplicationScoped
public class NoteWriter {
    public static final String CHARTS = "graphiques";

    public enum Format { md, html }

    private final Analyzer analyzer;

    NoteWriter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The stored results the note is written from; a database never analysed is the user's to fix. */
    public AnalysisRun storedResults() {
        return analyzer.latest().orElseThrow(() -> new ReportException("Aucun résultat d’analyse dans la base : lancez "
                + "d’abord « ventes run » (ou « ventes analyze »)", null));
    }

    /** Writes the note into {@code folder}; returns the files written. */
    public List<Path> write(Path folder, Format format) {
        Document note = SynthesisNote.build(storedResults());
        List<Path> written = new ArrayList<>();
        if (format == Format.html) {
            written.add(TextFiles.write(folder, "note-de-synthese.html", DocumentWriter.html(note)));
            return written;
        }
        written.add(TextFiles.write(folder, "note-de-synthese.md", DocumentWriter.markdown(note, CHARTS)));
        for (Document.Block block : note.blocks()) {
            if (block instanceof Document.Chart chart) {
                written.add(TextFiles.write(folder.resolve(CHARTS), chart.file(), chart.svg()));
            }
        }
        return written;
    }
}
