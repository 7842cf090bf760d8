package nl.metrokaart.unattended;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.pipeline.Deliveries;
import nl.metrokaart.warehouse.WarehouseBusyException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One look at the inbox: deliveries a stopped or killed run had claimed are taken up first,
 * then every complete new one is claimed and ingested, and moved to the archive or, with its
 * reason, to the failed folder. The warehouse is opened only when there is something to do
 * (waiting while another process holds it) and closed again before returning.
 */
public final class InboxRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InboxRunner.class);

    /** What one look did. */
    public record Outcome(int archived, int failed, int stopped) {
        public static final Outcome NOTHING = new Outcome(0, 0, 0);
    }

    private enum Result { ARCHIVED, FAILED, STOPPED }

    /** Opens a warehouse session with the command line's settings. */
    private final java.util.function.Supplier<ConfigurableApplicationContext> sessions;
    private final MetrokaartProperties settings;
    private final Inbox inbox;
    private final BusyRetry retry;
    private final Events events;
    private final FailureSummary summaries;
    private final BooleanSupplier stopping;
    /** The warehouse session while one is open, so a stop request can reach a running job. */
    private final AtomicReference<ConfigurableApplicationContext> session;

    public InboxRunner(java.util.function.Supplier<ConfigurableApplicationContext> sessions, MetrokaartProperties settings, Inbox inbox, BusyRetry retry, Events events,
                FailureSummary summaries, BooleanSupplier stopping, AtomicReference<ConfigurableApplicationContext> session) {
        this.sessions = sessions;
        this.settings = settings;
        this.inbox = inbox;
        this.retry = retry;
        this.events = events;
        this.summaries = summaries;
        this.stopping = stopping;
        this.session = session;
    }

    public Outcome runOnce() {
        inbox.prepare();
        List<Inbox.Item> resumed = inbox.claimed();
        List<String> ready = inbox.ready();
        if (resumed.isEmpty() && ready.isEmpty()) {
            return Outcome.NOTHING;
        }
        int archived = 0;
        int failed = 0;
        int stopped = 0;
        try (ConfigurableApplicationContext context = retry.call(sessions::get, this::waiting)) {
            session.set(context);
            for (Inbox.Item item : resumed) {
                if (stopping.getAsBoolean()) {
                    break;
                }
                events.say("inbox: taking up " + item.name() + " again (claimed by a run that did not finish)");
                Result result = process(context, item);
                archived += result == Result.ARCHIVED ? 1 : 0;
                failed += result == Result.FAILED ? 1 : 0;
                stopped += result == Result.STOPPED ? 1 : 0;
            }
            for (String name : ready) {
                if (stopping.getAsBoolean()) {
                    break;
                }
                Optional<Inbox.Item> claimed = inbox.claim(name);
                if (claimed.isEmpty()) {
                    continue;
                }
                events.say("inbox: picked up " + name);
                Result result = process(context, claimed.get());
                archived += result == Result.ARCHIVED ? 1 : 0;
                failed += result == Result.FAILED ? 1 : 0;
                stopped += result == Result.STOPPED ? 1 : 0;
            }
        } finally {
            session.set(null);
        }
        return new Outcome(archived, failed, stopped);
    }

    private void waiting(WarehouseBusyException busy, java.time.Duration pause, int attempt) {
        events.warn("warehouse busy: pid " + busy.pid() + " holds it; trying again in " + seconds(pause) + " (attempt " + attempt
                + ", giving up after " + seconds(retry.giveUpAfter()) + ")");
    }

    public static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private Result process(ConfigurableApplicationContext context, Inbox.Item item) {
        JobRuns jobRuns = context.getBean(JobRuns.class);
        Deliveries deliveries = context.getBean(Deliveries.class);
        Optional<JobExecution> execution;
        try {
            Delivery delivery = Delivery.scan(inbox.deliveryFolder(item));
            execution = jobRuns.start(context.getBean("ingestJob", Job.class), Deliveries.ingestParameters(delivery).toJobParameters());
        } catch (JobRuns.JobFailedException failed) {
            JobExecution run = failed.execution();
            if (run.getStatus() == BatchStatus.STOPPED || stopping.getAsBoolean()) {
                events.say("inbox: " + item.name() + " stopped (run " + run.getId() + "); it stays claimed and is taken up again on the next start");
                return Result.STOPPED;
            }
            return fail(item, withoutRetryAdvice(failed.getMessage()), deliveries.summary(run), run.getId());
        } catch (BusyRetry.Stopped | WarehouseBusyException e) {
            throw e;
        } catch (UserInputException refused) {
            return fail(item, refused.getMessage(), List.of(), null);
        } catch (RuntimeException unexpected) {
            LOG.error("ingest of {} failed unexpectedly", item.name(), unexpected);
            return fail(item, "Unexpected error: " + rootCause(unexpected) + " (details in the log file)", List.of(), null);
        }
        Path archived = inbox.archive(item);
        if (execution.isPresent()) {
            events.say("inbox: " + item.name() + " ingested (run " + execution.get().getId() + "), moved to " + archived);
            List<String> lines = deliveries.summary(execution.get());
            if (lines.isEmpty()) {
                events.detail("  every file in it was loaded before (recognised by content): nothing new");
            }
            lines.forEach(events::detail);
        } else {
            events.say("inbox: " + item.name() + " was ingested before (same content): nothing loaded, moved to " + archived);
        }
        return Result.ARCHIVED;
    }

    private Result fail(Inbox.Item item, String why, List<String> loaded, Long runId) {
        String when = LocalDateTime.now().withNano(0).toString().replace('T', ' ');
        String text = "The delivery \"" + item.name() + "\" could not be ingested (" + when + (runId == null ? "" : ", run " + runId) + ").\n\n"
                + "Why:\n" + indent(why) + "\n\n"
                + (loaded.isEmpty() ? "" : "What happened to each file (what loaded stays loaded and is not loaded again):\n"
                        + loaded.stream().collect(Collectors.joining("\n")) + "\n\n")
                + "What to do:\n"
                + "- Fix what is named above in the delivery, then put the whole delivery back into the inbox (" + inbox.root() + "),\n"
                + "  and when it is complete a file " + item.name() + settings.getInbox().getReadySuffix() + " beside it.\n"
                + "  Files that loaded before are recognised by their content and are not loaded twice.\n"
                + "- If nothing in the delivery was wrong (e.g. the disk was full), put it back unchanged: the run resumes where it stopped.\n"
                + "- More detail: ./metrokaart history, ./metrokaart status --rejects, and the log file.\n";
        Path reasonFile = inbox.fail(item, text);
        events.warn("inbox: " + item.name() + " FAILED, moved to " + reasonFile.resolveSibling(
                reasonFile.getFileName().toString().replace(Inbox.REASON_SUFFIX, "")) + "; why: " + reasonFile);
        events.detail(indent(why));
        Path summary = summaries.write("ingest-" + item.name(), "Metrokaart: the delivery " + item.name() + " could not be ingested", text
                + "\nThe delivery and this text are in " + reasonFile.getParent() + ".");
        if (summary != null) {
            events.detail("  failure summary: " + summary);
        }
        return Result.FAILED;
    }

    /** The job's message without its advice to run the same command again: for the inbox, putting the delivery back is that. */
    private static String withoutRetryAdvice(String message) {
        return message.lines().filter(l -> !l.startsWith("Fix the cause and run the same command again")).collect(Collectors.joining("\n"));
    }

    public static String indent(String text) {
        return text.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    public static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
