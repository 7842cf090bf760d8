package nl.metrokaart.unattended;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.history.RunningJobs;
import nl.metrokaart.ingest.IngestJobConfiguration;
import nl.metrokaart.pipeline.Deliveries;
import nl.metrokaart.reportjobs.MonthlyReportTasklet;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.warehouse.WarehouseBusyException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;

/**
 * The long-lived process behind {@code schedule}: Spring's task scheduler polls the inbox at a
 * fixed delay and writes the monthly report for the previous month at the cron's times. One
 * thread runs the jobs, one at a time, each in its own warehouse session, so between jobs the
 * warehouse is free for analysts' commands; a job that finds it busy waits (see {@link BusyRetry}).
 *
 * <p>A scheduled report is identified by its due time, so a report that failed, or whose due
 * time passed while the process was down (within the catch-up period), is written on the next
 * start, and one written before is not written twice.
 */
public final class Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    public static final String DISABLED = "-";

    /** Opens a warehouse session with the command line's settings, as the scheduler's own settings were bound. */
    private final Supplier<ConfigurableApplicationContext> sessions;
    private final MetrokaartProperties settings;
    private final Events events;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<ConfigurableApplicationContext> session = new AtomicReference<>();
    private final ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
    private final BusyRetry retry;
    private final FailureSummary summaries;
    private final InboxRunner inbox;
    private final CronExpression cron;
    /** When backups are written; null: never. */
    private final CronExpression backupCron;
    private final ZoneId zone;
    private volatile String lastPollError;

    public Scheduler(Supplier<ConfigurableApplicationContext> sessions, MetrokaartProperties settings, Events events) {
        this.sessions = sessions;
        this.settings = settings;
        this.events = events;
        MetrokaartProperties.Schedule schedule = settings.getSchedule();
        this.zone = schedule.zoneId();
        this.cron = DISABLED.equals(schedule.getReportCron().trim()) ? null : CronExpression.parse(schedule.getReportCron());
        this.backupCron = schedule.getBackupCron() == null || DISABLED.equals(schedule.getBackupCron().trim()) ? null
                : CronExpression.parse(schedule.getBackupCron().trim());
        this.retry = new BusyRetry(schedule.getBusyRetryFirst(), schedule.getBusyRetryMax(), schedule.getBusyGiveUpAfter(), stop);
        this.summaries = new FailureSummary(settings.getOut().toAbsolutePath().normalize(), schedule.getFailureCommand());
        this.inbox = new InboxRunner(sessions, settings, Inbox.of(settings.getInbox(), true), retry, events, summaries,
                this::stopping, session);
        tasks.setPoolSize(1);
        tasks.setThreadNamePrefix("metrokaart-schedule-");
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setAwaitTerminationMillis(schedule.getStopTimeout().toMillis());
        tasks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        tasks.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        tasks.setRemoveOnCancelPolicy(true);
        tasks.setErrorHandler(e -> {
            LOG.error("scheduled task failed", e);
            events.warn("error: " + InboxRunner.rootCause(e) + " (details in the log file); trying again at the next turn");
        });
    }

    public void start() {
        tasks.initialize();
        MetrokaartProperties.Schedule schedule = settings.getSchedule();
        Inbox paths = Inbox.of(settings.getInbox(), true);
        events.say("schedule: inbox " + paths.root() + " looked at every " + InboxRunner.seconds(schedule.getPollInterval())
                + " (archive " + paths.archiveRoot() + ", failed " + paths.failedRoot() + ")");
        // Queued first, so the inbox is looked at before a report or backup that falls due at start:
        // on one thread, a job waiting for a busy warehouse would otherwise hold the inbox back.
        tasks.scheduleWithFixedDelay(this::pollGuarded, schedule.getPollInterval());
        if (cron == null) {
            events.say("schedule: no monthly report (metrokaart.schedule.report-cron is -)");
        } else {
            ZonedDateTime next = cron.next(ZonedDateTime.now(zone));
            events.say("schedule: monthly report on cron \"" + schedule.getReportCron() + "\" (" + zone + "), next at " + next.toLocalDateTime()
                    + " for " + YearMonth.from(next).minusMonths(1));
            missedReport().ifPresent(due -> {
                events.say("schedule: the report due at " + due.toLocalDateTime() + " is checked now (catch-up)");
                tasks.schedule(() -> report(due), java.time.Instant.now());
            });
            scheduleReport(next);
        }
        if (backupCron != null) {
            ZonedDateTime next = backupCron.next(ZonedDateTime.now(zone));
            events.say("schedule: backup on cron \"" + schedule.getBackupCron().trim() + "\" (" + zone + ") to "
                    + settings.getBackup().getFolder().toAbsolutePath().normalize() + ", next at " + next.toLocalDateTime());
            scheduleBackup(next);
        }
    }

    private void scheduleBackup(ZonedDateTime due) {
        if (due == null || stopping()) {
            return;
        }
        tasks.schedule(() -> {
            try {
                backup(due);
            } finally {
                scheduleBackup(backupCron.next(due));
            }
        }, due.toInstant());
    }

    /** Writes a backup as ./metrokaart backup does, waiting for a busy warehouse like every scheduled job. */
    public void backup(ZonedDateTime due) {
        if (stopping()) {
            return;
        }
        events.say("backup: writing the backup due at " + due.toLocalDateTime());
        try (ConfigurableApplicationContext context = retry.call(sessions::get, (busy, pause, attempt) ->
                events.warn("warehouse busy: pid " + busy.pid() + " holds it; the backup tries again in " + InboxRunner.seconds(pause)
                        + " (attempt " + attempt + ", giving up after " + InboxRunner.seconds(retry.giveUpAfter()) + ")"))) {
            session.set(context);
            nl.metrokaart.backup.WarehouseBackups.Written written = context.getBean(nl.metrokaart.backup.WarehouseBackups.class)
                    .write(settings.getBackup().getFolder());
            written.describe(settings).forEach(line -> events.say("backup: " + line));
        } catch (BusyRetry.Stopped s) {
            // stopping
        } catch (RuntimeException failed) {
            LOG.error("the scheduled backup failed", failed);
            String why = failed instanceof nl.metrokaart.UserInputException || failed instanceof WarehouseBusyException
                    ? failed.getMessage() : "Unexpected error: " + InboxRunner.rootCause(failed) + " (details in the log file)";
            events.warn("backup: the backup due at " + due.toLocalDateTime() + " FAILED: " + why);
            Path summary = summaries.write("backup", "Metrokaart: the scheduled backup failed", "The backup due at " + due.toLocalDateTime()
                    + " was not written.\n\nWhy:\n" + InboxRunner.indent(why) + "\n\nWrite one by hand: ./metrokaart backup\n");
            if (summary != null) {
                events.detail("  failure summary: " + summary);
            }
        } finally {
            session.set(null);
        }
    }

    /** The latest due time within the catch-up period before now, if any. */
    public Optional<ZonedDateTime> missedReport() {
        Duration catchUp = settings.getSchedule().getCatchUp();
        if (cron == null || catchUp.isZero() || catchUp.isNegative()) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime last = null;
        ZonedDateTime next = cron.next(now.minus(catchUp));
        for (int i = 0; next != null && !next.isAfter(now) && i < 100_000; i++) {
            last = next;
            next = cron.next(next);
        }
        return Optional.ofNullable(last);
    }

    private void scheduleReport(ZonedDateTime due) {
        if (due == null || stopping()) {
            return;
        }
        tasks.schedule(() -> {
            try {
                report(due);
            } finally {
                scheduleReport(cron.next(due));
            }
        }, due.toInstant());
    }

    private void poll() {
        if (stopping()) {
            return;
        }
        try {
            inbox.runOnce();
            lastPollError = null;
        } catch (RuntimeException e) {
            if (e instanceof BusyRetry.Stopped || e instanceof WarehouseBusyException) {
                throw e;
            }
            // The same problem at every turn (say the inbox is not writable) is said once, not every few seconds.
            String problem = e instanceof nl.metrokaart.UserInputException ? e.getMessage() : InboxRunner.rootCause(e);
            if (!problem.equals(lastPollError)) {
                LOG.error("looking at the inbox failed", e);
                events.warn("inbox: " + problem + (e instanceof nl.metrokaart.UserInputException ? "" : " (details in the log file)")
                        + "; trying again at every turn, said again when it changes");
            }
            lastPollError = problem;
        }
    }

    private void pollGuarded() {
        try {
            poll();
        } catch (BusyRetry.Stopped s) {
            // stopping: what was claimed is taken up on the next start
        } catch (WarehouseBusyException busy) {
            String why = "Gave up waiting for the warehouse after " + InboxRunner.seconds(retry.giveUpAfter()) + ": " + busy.getMessage();
            events.warn("inbox: " + why + " The inbox is looked at again at the next turn.");
            Path summary = summaries.write("inbox-busy", "Metrokaart: the inbox waits, the warehouse stays busy",
                    why + "\n\nThe deliveries stay in the inbox and are ingested as soon as the warehouse is free "
                            + "(the inbox is looked at again at every turn). Check what process " + busy.pid() + " is doing.\n");
            if (summary != null) {
                events.detail("  failure summary: " + summary);
            }
        }
    }

    public void report(ZonedDateTime due) {
        if (stopping()) {
            return;
        }
        YearMonth month = YearMonth.from(due).minusMonths(1);
        ReportLanguage language = ReportLanguage.of(settings.getSchedule().getReportLang());
        Path out = settings.getOut();
        JobParameters parameters = Deliveries.reportParameters(new JobParametersBuilder(), month, language, out)
                .addString("requested_at", due.toLocalDateTime().toString())
                .toJobParameters();
        events.say("report: writing the monthly report for " + month + " (due " + due.toLocalDateTime() + ")");
        try (ConfigurableApplicationContext context = retry.call(sessions::get, (busy, pause, attempt) ->
                events.warn("warehouse busy: pid " + busy.pid() + " holds it; the report tries again in " + InboxRunner.seconds(pause)
                        + " (attempt " + attempt + ", giving up after " + InboxRunner.seconds(retry.giveUpAfter()) + ")"))) {
            session.set(context);
            Optional<JobExecution> execution = context.getBean(JobRuns.class)
                    .start(context.getBean("monthlyReportJob", Job.class), parameters);
            if (execution.isPresent()) {
                events.say("report: wrote " + execution.get().getExecutionContext().getString(MonthlyReportTasklet.WORKBOOK)
                        + " (run " + execution.get().getId() + ")");
            } else {
                events.say("report: the report for " + month + " due at " + due.toLocalDateTime() + " was written before; nothing to do");
            }
        } catch (BusyRetry.Stopped s) {
            // stopping
        } catch (JobRuns.JobFailedException failed) {
            reportFailed(month, due, failed.getMessage() + "\n(or: ./metrokaart restart " + failed.execution().getId() + ")");
        } catch (WarehouseBusyException busy) {
            reportFailed(month, due, "The warehouse stayed busy for " + InboxRunner.seconds(retry.giveUpAfter()) + ": " + busy.getMessage()
                    + "\nWrite it by hand when the warehouse is free: ./metrokaart report monthly --month " + month);
        } catch (RuntimeException unexpected) {
            LOG.error("the scheduled report failed", unexpected);
            reportFailed(month, due, "Unexpected error: " + InboxRunner.rootCause(unexpected) + " (details in the log file)"
                    + "\nWrite it by hand: ./metrokaart report monthly --month " + month);
        } finally {
            session.set(null);
        }
    }

    private void reportFailed(YearMonth month, ZonedDateTime due, String why) {
        events.warn("report: the monthly report for " + month + " FAILED:");
        events.detail(InboxRunner.indent(why));
        String body = "The monthly report for " + month + ", due at " + due.toLocalDateTime() + ", was not written.\n\nWhy:\n"
                + InboxRunner.indent(why) + "\n\nThe schedule tries again when the process is started again (within "
                + settings.getSchedule().getCatchUp() + " of the due time). More detail: ./metrokaart history and the log file.\n";
        Path summary = summaries.write("report-" + month, "Metrokaart: the monthly report for " + month + " failed", body);
        if (summary != null) {
            events.detail("  failure summary: " + summary);
        }
    }

    public boolean stopping() {
        return stop.getCount() == 0;
    }

    /**
     * Stops (on SIGTERM): no new work; a running ingest is asked to stop after the file it is
     * loading (it is resumed on the next start); waits for the running job up to the stop timeout.
     */
    public void stop() {
        if (stopping()) {
            return;
        }
        stop.countDown();
        events.say("schedule: stopping");
        requestStopOfRunningJob();
        tasks.shutdown();
        events.say("schedule: stopped");
        stopped.countDown();
    }

    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private void requestStopOfRunningJob() {
        ConfigurableApplicationContext context = session.get();
        if (context == null || !context.isActive()) {
            return;
        }
        try {
            RunningJobs running = context.getBean(RunningJobs.class);
            JobExecution current = running.current();
            if (current != null && !IngestJobConfiguration.JOB.equals(current.getJobInstance().getJobName())) {
                // A report is one step: stopping it would only throw its work away. It is waited for.
                events.say("schedule: waiting for run " + current.getId() + " (" + current.getJobInstance().getJobName() + ") to finish");
                return;
            }
            JobExecution execution = running.requestStop();
            if (execution != null) {
                events.say("schedule: asking run " + execution.getId() + " (" + execution.getJobInstance().getJobName()
                        + ") to stop after the file it is on; it is resumed on the next start");
            }
        } catch (RuntimeException e) {
            LOG.warn("could not ask the running job to stop; waiting for it instead", e);
        }
    }
}
