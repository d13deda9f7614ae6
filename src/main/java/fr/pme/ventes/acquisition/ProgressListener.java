package fr.pme.ventes.acquisition;

/** Told how a long transfer advances; the command line decides whether and how to show it. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener SILENT = (label, done, total) -> { };

    /** @param total the expected size in bytes, or -1 when unknown */
    void advanced(String label, long done, long total);

    /** A transient failure of source {@code label} is about to be retried; {@code message} says why and when. */
    default void retrying(String label, String message) {
    }
}
