package fr.pme.ventes.acquisition;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;

/** A source that cannot be fetched or is not a CSV file. Nothing from it is imported. */
public class SourceException extends VentesException {
    public SourceException(String message) {
        super(message, null);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.SOURCE;
    }
}
