package nl.metrokaart.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import nl.metrokaart.ingest.Delivery.DeliveryFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far an ingest step is, file by file. DuckDB loads a file in one statement, so there is no
 * count of rows while a file loads: on a terminal, one line is kept up to date with the file
 * being loaded, the seconds it has taken so far and the time left (estimated from the size of
 * the files still to load and the speed of the last one); when a file is done the line shows its
 * rows and rows per second. Not on a terminal (cron, systemd, a pipe), each file gives one plain
 * line in the log instead.
 */
final class IngestProgress {

    private static final Logger LOG = LoggerFactory.getLogger("nl.metrokaart.progress");
    private static final boolean TERMINAL = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    private static final ScheduledExecutorService TICKER = TERMINAL ? Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "metrokaart-progress");
        t.setDaemon(true);
        return t;
    }) : null;

    /** Bytes per second of the last file loaded, for the estimate of the time left. */
    private double bytesPerSecond;

    /** One file of a step: {@code done} files of {@code total} were loaded before it, {@code pending} (it included) remain. */
    Running start(String step, DeliveryFile file, int done, int total, List<DeliveryFile> pending) {
        return new Running(step, file, done, total, size(pending));
    }

    final class Running {
        private final String step;
        private final DeliveryFile file;
        private final int done;
        private final int total;
        private final long bytesLeft;
        private final long start = System.nanoTime();
        private final ScheduledFuture<?> ticking;

        Running(String step, DeliveryFile file, int done, int total, long bytesLeft) {
            this.step = step;
            this.file = file;
            this.done = done;
            this.total = total;
            this.bytesLeft = bytesLeft;
            this.ticking = TERMINAL ? TICKER.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS) : null;
        }

        private void tick() {
            double seconds = (System.nanoTime() - start) / 1e9;
            String left = bytesPerSecond > 0 ? ", about " + duration(Math.max(0, bytesLeft / bytesPerSecond - seconds)) + " left" : "";
            line(String.format(Locale.ROOT, "%s %d/%d  loading %s (%s)  %s%s", step, done + 1, total, file.relativeName(),
                    megabytes(size(List.of(file))), duration(seconds), left), false);
        }

        /** The file is loaded (or refused): its rows and speed, and the time left for the rest. */
        void done(long rows, String outcome) {
            if (ticking != null) {
                ticking.cancel(false);
            }
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 0.001);
            long bytes = size(List.of(file));
            bytesPerSecond = bytes / seconds;
            long rest = bytesLeft - bytes;
            String left = rest > 0 ? ", about " + duration(rest / bytesPerSecond) + " left for " + (total - done - 1) + " more" : "";
            String text = String.format(Locale.ROOT, "%s %d/%d  %s %s: %,d rows in %s (%,.0f rows/s)%s", step, done + 1, total,
                    file.relativeName(), outcome, rows, duration(seconds), rows / seconds, left);
            if (TERMINAL) {
                line(text, done + 1 == total);
            }
            LOG.info(text);
        }
    }

    private static synchronized void line(String text, boolean last) {
        PrintStream err = System.err;
        err.print("\r" + text + "\033[K" + (last ? System.lineSeparator() : ""));
        err.flush();
    }

    private static long size(List<DeliveryFile> files) {
        long total = 0;
        for (DeliveryFile f : files) {
            try {
                total += Files.size(f.path());
            } catch (java.io.IOException e) {
                // gone meanwhile: the loader says so
            }
        }
        return total;
    }

    private static String megabytes(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%,d kB", Math.max(1, bytes >> 10))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }

    static String duration(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 120 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
