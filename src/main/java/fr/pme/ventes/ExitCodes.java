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
    /** `ventes verifier` found the database inconsistent (issue 8). */
    public static final int VERIFICATION = 7;
    /** Another run held the database longer than the busy timeout: retry later (issue 8). */
    public static final int BUSY = 8;
    /** The disk is full: free space, nothing was changed (issue 8). */
    public static final int DISK_FULL = 9;
    /** The database file or its folder is read-only (issue 8). */
    public static final int READ_ONLY = 10;

    private ExitCodes() {
    }
}
