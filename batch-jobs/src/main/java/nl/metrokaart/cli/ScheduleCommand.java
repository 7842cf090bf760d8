package nl.metrokaart.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.unattended.Events;
import nl.metrokaart.unattended.Scheduler;

import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run unattended until stopped (SIGTERM, Ctrl-C): ingest every complete delivery dropped in the inbox "
                + "(moved afterwards to archive/<date>/ or failed/<date>/ with a REASON.txt), and write the monthly report for "
                + "the previous month on a cron (default 06:00 on the 1st).",
                "The warehouse is opened only while a job runs, so other commands can run in between; a job that finds it busy "
                        + "waits and tries again. Settings: metrokaart.inbox.* and metrokaart.schedule.* in application.yml."})
class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "FOLDER", description = "The inbox (default: inbox/, or metrokaart.inbox.path).")
    Path inbox;

    @Option(names = "--poll-interval", paramLabel = "DURATION", description = "How often the inbox is looked at, e.g. 30s or 5m (default: 30s).")
    String pollInterval;

    @Option(names = "--report-cron", paramLabel = "CRON",
            description = "When the monthly report is written: second minute hour day month weekday (default: \"0 0 6 1 * *\"); - for never.")
    String reportCron;

    @Option(names = "--backup-cron", paramLabel = "CRON",
            description = "When a backup of the warehouse is written, e.g. \"0 0 3 * * *\" for 03:00 every day (default: -, never).")
    String backupCron;

    @Option(names = "--backup-to", paramLabel = "DIR", description = "Where scheduled backups go (default: backups/, or metrokaart.backup.folder).")
    Path backupTo;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> extra = new LinkedHashMap<>();
        // One log file per long-lived process: ad-hoc commands keep logs/metrokaart.log to themselves.
        extra.put("metrokaart.log-name", top.settings.getOrDefault("metrokaart.log-name", System.getProperty("metrokaart.log-name", "metrokaart-schedule")));
        if (inbox != null) {
            extra.put("metrokaart.inbox.path", inbox.toString());
        }
        if (pollInterval != null) {
            extra.put("metrokaart.schedule.poll-interval", pollInterval);
        }
        if (reportCron != null) {
            extra.put("metrokaart.schedule.report-cron", reportCron);
        }
        if (backupCron != null) {
            extra.put("metrokaart.schedule.backup-cron", backupCron);
        }
        if (backupTo != null) {
            extra.put("metrokaart.backup.folder", backupTo.toString());
        }
        MetrokaartProperties settings = WarehouseSession.settings(top, extra);
        check(settings);
        Events events = new Events(spec.commandLine().getOut(), true);
        Scheduler scheduler = new Scheduler(() -> WarehouseSession.open(top, extra), settings, events);
        Thread hook = new Thread(scheduler::stop, "metrokaart-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        scheduler.start();
        scheduler.awaitStopped();
        return ExitCodes.DONE;
    }

    private static void check(MetrokaartProperties settings) {
        MetrokaartProperties.Schedule schedule = settings.getSchedule();
        String cron = schedule.getReportCron() == null ? "" : schedule.getReportCron().trim();
        if (!Scheduler.DISABLED.equals(cron) && !CronExpression.isValidExpression(cron)) {
            throw new UserInputException("The report cron \"" + cron + "\" is not valid: it has six fields, second minute hour day month weekday, "
                    + "e.g. \"0 0 6 1 * *\" for 06:00 on the 1st; - for no report.");
        }
        String backup = schedule.getBackupCron() == null ? Scheduler.DISABLED : schedule.getBackupCron().trim();
        if (!Scheduler.DISABLED.equals(backup) && !CronExpression.isValidExpression(backup)) {
            throw new UserInputException("The backup cron \"" + backup + "\" is not valid: it has six fields, second minute hour day month weekday, "
                    + "e.g. \"0 0 3 * * *\" for 03:00 every day; - for no scheduled backup.");
        }
        if (schedule.getPollInterval().isZero() || schedule.getPollInterval().isNegative()) {
            throw new UserInputException("The poll interval must be more than 0, e.g. 30s.");
        }
        try {
            schedule.zoneId();
        } catch (java.time.DateTimeException e) {
            throw new UserInputException("The time zone \"" + schedule.getZone() + "\" is not known; e.g. Europe/Amsterdam.");
        }
        if (schedule.getBusyGiveUpAfter().compareTo(Duration.ZERO) < 0) {
            throw new UserInputException("metrokaart.schedule.busy-give-up-after must not be negative.");
        }
    }
}
