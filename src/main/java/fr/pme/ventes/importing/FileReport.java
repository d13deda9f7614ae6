package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;

import java.util.List;

/**
 * What importing one file did; {@code fileRows} counts the data rows of the whole file, including those an
 * incremental import did not need to read. {@code status} is "importe" or "inchange" (not downloaded again or same content).
 * For sales, {@code inserted} counts sales new in this run and {@code unchanged} those already present.
 * {@code incremental} is set when only the rows appended to a file already imported were read; {@code warnings} are
 * what the user should look at (unknown columns, cities without a region), never the normal course of a run.
 */
public record FileReport(DataFile file, String url, String status, long read, long inserted, long updated,
                         long unchanged, long rejected, long newVersions, List<String> warnings, long fileRows,
                         Incremental incremental) {

    FileReport(DataFile file, String url, String status, long read, long inserted, long updated,
               long unchanged, long rejected, long newVersions, List<String> warnings) {
        this(file, url, status, read, inserted, updated, unchanged, rejected, newVersions, warnings, read, null);
    }

    static FileReport unchanged(DataFile file, String url) {
        return new FileReport(file, url, "inchange", 0, 0, 0, 0, 0, 0, List.of());
    }

    /**
     * An import of the rows appended to a file whose beginning, {@code rowsBefore} rows, was imported already;
     * {@code onlyEndDownloaded} when the beginning was not even downloaded again (HTTP Range, --ajouts-seulement).
     */
    public record Incremental(long rowsBefore, boolean onlyEndDownloaded) {
    }
}
