package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;

/** A source that cannot be fetched or is not a CSV file. Nothing from it is imported. */
public class SourceException extends VentesException {
    private final DataFile source;

    public SourceException(String message) {
        this(message, null, null);
    }

    public SourceException(String message, Throwable cause) {
        this(message, cause, null);
    }

    private SourceException(String message, Throwable cause, DataFile source) {
        super(message, cause);
        this.source = source;
    }

    /** The same failure, marked as that of {@code file} (for the JSON error document). */
    SourceException of(DataFile file) {
        return source != null ? this : new SourceException(getMessage(), getCause() == null ? this : getCause(), file);
    }

    /** The file whose source failed, or null when the failure is not tied to one. */
    public DataFile source() {
        return source;
    }

    @Override
    public int exitCode() {
        return ExitCodes.SOURCE;
    }
}
