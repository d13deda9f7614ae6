package fr.pme.ventes.acquisition;

/**
 * The landed copy a download was completed from no longer hashes to the body it was kept for (changed on disk since
 * it was landed). Found only while the new rows were imported (see {@link PendingLanding}): nothing is committed, the
 * copy is set aside, and downloading again brings the whole file.
 */
public class DamagedCopyException extends SourceException {
    DamagedCopyException(String message) {
        super(message);
    }
}
