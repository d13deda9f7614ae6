package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;

import java.util.List;

/**
 * What importing one file did. {@code status} is "importe" or "inchange" (not downloaded again or same content).
 * For sales, {@code inserted} counts sales new in this run and {@code unchanged} those already present.
 */
public record FileReport(DataFile file, String url, String status, long read, long inserted, long updated,
                         long unchanged, long rejected, long newVersions, List<String> warnings) {

    static FileReport unchanged(DataFile file, String url) {
        return new FileReport(file, url, "inchange", 0, 0, 0, 0, 0, 0, List.of());
    }
}
