package fr.pme.ventes;

/** Process exit codes, one per kind of failure, so scripts and CI can react without parsing messages. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int SOURCE = 3;
    public static final int DATA = 4;
    public static final int DATABASE = 5;
    public static final int REPORT = 6;

    private ExitCodes() {
    }
}
