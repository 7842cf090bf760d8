package nl.metrokaart.warehouse;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB lets one process write a database file. This says which process holds it, so the
 * user can wait for it or stop it, instead of reading DuckDB's IO error.
 */
public class WarehouseBusyException extends RuntimeException {

    private static final Pattern LOCK = Pattern.compile("Could not set lock on file.*?Conflicting lock is held in (.*?) \\(PID (\\d+)\\)", Pattern.DOTALL);

    private final Path warehouse;
    private final String pid;

    public WarehouseBusyException(Path warehouse, String holder, String pid) {
        super("The warehouse " + (warehouse == null ? "" : warehouse + " ") + "is in use by another process (pid " + pid + ", " + holder + "). "
                + "Wait until that run has finished, or stop it (kill " + pid + "), then try again.");
        this.warehouse = warehouse;
        this.pid = pid;
    }

    public Path warehouse() { return warehouse; }

    public String pid() { return pid; }

    /** The lock conflict somewhere in the cause chain of {@code failure}, if that is what it is. */
    public static Optional<WarehouseBusyException> from(Path warehouse, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WarehouseBusyException busy) {
                return Optional.of(busy);
            }
            Matcher m = t.getMessage() == null ? null : LOCK.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Optional.of(new WarehouseBusyException(warehouse, m.group(1), m.group(2)));
            }
        }
        return Optional.empty();
    }
}
