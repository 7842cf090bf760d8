package nl.metrokaart.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.unattended.BusyRetry;
import nl.metrokaart.unattended.Events;
import nl.metrokaart.unattended.FailureSummary;
import nl.metrokaart.unattended.Inbox;
import nl.metrokaart.unattended.InboxRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = {"Look at the inbox once, as schedule does at each turn, and exit: every complete delivery in it is ingested "
                + "and moved to archive/<date>/, or to failed/<date>/ with a REASON.txt. Deliveries a stopped or killed run had "
                + "claimed are taken up first. For cron or a systemd timer.",
                "A delivery is complete when a file <name>.ready stands beside it, or when nothing in it changed for the quiet period "
                        + "(metrokaart.inbox.quiet-period, default 60s). A busy warehouse is waited for, as in schedule."})
class InboxCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "FOLDER", description = "The inbox (default: inbox/, or metrokaart.inbox.path).")
    Path inbox;

    @Override
    public Integer call() {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (inbox != null) {
            extra.put("metrokaart.inbox.path", inbox.toString());
        }
        MetrokaartProperties settings = WarehouseSession.settings(top, extra);
        MetrokaartProperties.Schedule schedule = settings.getSchedule();
        Events events = new Events(spec.commandLine().getOut(), false);
        BusyRetry retry = new BusyRetry(schedule.getBusyRetryFirst(), schedule.getBusyRetryMax(), schedule.getBusyGiveUpAfter(),
                new CountDownLatch(1));
        Inbox folder = Inbox.of(settings.getInbox(), false);
        InboxRunner runner = new InboxRunner(() -> WarehouseSession.open(top, extra), settings, folder, retry, events,
                new FailureSummary(settings.getOut().toAbsolutePath().normalize(), schedule.getFailureCommand()), () -> false, new AtomicReference<>());
        InboxRunner.Outcome outcome = runner.runOnce();
        if (outcome.equals(InboxRunner.Outcome.NOTHING)) {
            events.say("inbox: nothing complete to ingest in " + folder.root());
        }
        return outcome.failed() > 0 ? ExitCodes.FAILED : ExitCodes.DONE;
    }
}
