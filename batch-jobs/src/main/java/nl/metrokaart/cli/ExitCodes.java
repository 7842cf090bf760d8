package nl.metrokaart.cli;

/** What the command line's exit codes mean; scripts and schedulers rely on them. */
public final class ExitCodes {

    public static final int DONE = 0;
    /** A job failed; one line said why and where. */
    public static final int FAILED = 1;
    /** The command line was wrong; the usage was shown. */
    public static final int USAGE = 2;
    /** Another process holds the warehouse. */
    public static final int WAREHOUSE_BUSY = 3;

    private ExitCodes() {
    }
}
