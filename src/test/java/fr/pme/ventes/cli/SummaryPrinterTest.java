package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.importing.FileReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The note on a file's row of the import summary (the runs themselves are in RunCommandTest and AppendOnlySalesTest). */
class SummaryPrinterTest {

    @Test
    void aFileReadWholeHasNoNoteAndAnUnchangedOneSaysSo() {
        assertEquals("", SummaryPrinter.note(sales("importe", null)));
        assertEquals("inchangé : rien à importer", SummaryPrinter.note(sales("inchange", null)));
    }

    @Test
    void anIncrementalImportSaysHowManyRowsWereAlreadyImportedInFrench() {
        assertEquals("ajouts seuls : les 10 000 000 premières lignes étaient déjà importées",
                SummaryPrinter.note(sales("importe", new FileReport.Incremental(10_000_000, false))));
        assertEquals("ajouts seuls : la première ligne était déjà importée, seule la fin a été téléchargée",
                SummaryPrinter.note(sales("importe", new FileReport.Incremental(1, true))));
        assertEquals("ajouts seuls : le fichier n'avait qu'un en-tête",
                SummaryPrinter.note(sales("importe", new FileReport.Incremental(0, false))));
    }

    private static FileReport sales(String status, FileReport.Incremental incremental) {
        return new FileReport(DataFile.VENTES, "http://127.0.0.1/ventes.csv", status, 5, 5, 0, 0, 0, 0, List.of(), 5,
                incremental);
    }
}
