package fr.pme.ventes;

/**
 * A failure the user can act on: its message is French and says what happened and what to do.
 * Each stage throws its own subclass, which carries the exit code.
 */
public abstract class VentesException extends RuntimeException {
    protected VentesException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract int exitCode();
}
