package nl.metrokaart.unattended;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an unattended run says as it goes: one plain line per event on the process's output
 * (the terminal, or the journal under systemd), with the time when the process is long-lived,
 * and the same line in the log file.
 */
public final class Events {

    private static final Logger LOG = LoggerFactory.getLogger("nl.metrokaart.unattended");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintWriter out;
    private final boolean timestamps;

    public Events(PrintWriter out, boolean timestamps) {
        this.out = out;
        this.timestamps = timestamps;
    }

    public void say(String line) {
        print(line);
        LOG.info(line);
    }

    public void warn(String line) {
        print(line);
        LOG.warn(line);
    }

    /** A detail line under the previous event (e.g. a file's counts), without a time of its own. */
    public void detail(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
        LOG.info(line);
    }

    private void print(String line) {
        synchronized (out) {
            out.println(timestamps ? LocalDateTime.now().format(TIME) + "  " + line : line);
            out.flush();
        }
    }
}
