package fr.pme.ventes.report;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.VentesException;

/** The report or a deliverable cannot be written (no stored results, output folder not writable): exit code 6. */
public class ReportException extends VentesException {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.REPORT;
    }
}
