package fr.pme.ventes;

/** A file that is a CSV but cannot be used as data (missing column, ambiguous dates, rejects under --strict). */
public class InvalidDataException extends VentesException {
    public InvalidDataException(String message) {
        super(message, null);
    }

    @Override
    public int exitCode() {
        return ExitCodes.DATA;
    }
}
