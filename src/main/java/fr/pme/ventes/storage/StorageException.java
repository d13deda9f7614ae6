package fr.pme.ventes.storage;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;

/** The database cannot be opened, migrated or written. */
public class StorageException extends VentesException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.DATABASE;
    }
}
