package fr.pme.ventes.importing;

/** Told how a long import advances; the command line decides whether and how to show it. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress SILENT = (label, rows, bytesRead, bytesTotal) -> { };

    void advanced(String label, long rows, long bytesRead, long bytesTotal);
}
