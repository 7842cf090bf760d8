package nl.metrokaart.unattended;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import nl.metrokaart.warehouse.WarehouseBusyException;

/**
 * Waits for a warehouse another process holds: tries, and while the answer is "busy" pauses
 * (the first pause, doubled each time up to the maximum) until the give-up time has passed.
 * Each pause is announced, so whoever watches the process sees why nothing happens. A stop
 * request ends the wait at once.
 */
public final class BusyRetry {

    /** Told before each pause. */
    public interface Waiting {
        void waiting(WarehouseBusyException busy, Duration pause, int attempt);
    }

    /** The process is stopping: the wait was given up without an answer. */
    public static final class Stopped extends RuntimeException {
        public Stopped() {
            super("stopping");
        }
    }

    private final Duration first;
    private final Duration max;
    private final Duration giveUpAfter;
    private final CountDownLatch stop;

    public BusyRetry(Duration first, Duration max, Duration giveUpAfter, CountDownLatch stop) {
        this.first = first.isNegative() || first.isZero() ? Duration.ofMillis(100) : first;
        this.max = max.compareTo(this.first) < 0 ? this.first : max;
        this.giveUpAfter = giveUpAfter;
        this.stop = stop;
    }

    public Duration giveUpAfter() {
        return giveUpAfter;
    }

    /** The attempt's result; the busy exception when the warehouse stayed busy past the give-up time. */
    public <T> T call(Supplier<T> attempt, Waiting waiting) {
        Instant start = Instant.now();
        Duration pause = first;
        for (int n = 1; ; n++) {
            if (stop.getCount() == 0) {
                throw new Stopped();
            }
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                WarehouseBusyException busy = WarehouseBusyException.from(null, e).orElseThrow(() -> e);
                if (Duration.between(start, Instant.now()).plus(pause).compareTo(giveUpAfter) > 0) {
                    throw busy;
                }
                waiting.waiting(busy, pause, n);
                try {
                    if (stop.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new Stopped();
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new Stopped();
                }
                pause = pause.multipliedBy(2).compareTo(max) > 0 ? max : pause.multipliedBy(2);
            }
        }
    }
}
