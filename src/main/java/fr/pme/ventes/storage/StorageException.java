package fr.pme.ventes.storage;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;

/** The database cannot be opened, migrated or written. */
public class StorageException extends VentesException {
    private final int exitCode;

    public StorageException(String message, Throwable cause) {
        this(message, cause, ExitCodes.DATABASE);
    }

    /** With a more precise code than DATABASE: busy, disk full, read-only (see {@link ExitCodes}). */
    public StorageException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
