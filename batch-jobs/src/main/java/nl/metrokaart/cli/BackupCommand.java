package nl.metrokaart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.backup.WarehouseBackups;
import nl.metrokaart.unattended.BusyRetry;
import nl.metrokaart.unattended.Events;
import nl.metrokaart.unattended.InboxRunner;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent, timestamped copy of the warehouse (backups/metrokaart-<date>-<time>.duckdb) and check that "
                + "it opens and holds the same rows. A running job is waited for, as inbox does.",
                "The pseudonym key is never written into a backup: back it up separately (the command says where it is)."})
class BackupCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", description = "The folder to write the backup to (default: backups/, or metrokaart.backup.folder).")
    Path to;

    @Override
    public Integer call() {
        MetrokaartProperties settings = WarehouseSession.settings(top, Map.of());
        Path warehouse = settings.getWarehouse().getPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(warehouse)) {
            throw new UserInputException("There is no warehouse at " + warehouse + " to back up: name it with --warehouse.");
        }
        Events events = new Events(spec.commandLine().getOut(), false);
        MetrokaartProperties.Schedule schedule = settings.getSchedule();
        BusyRetry retry = new BusyRetry(schedule.getBusyRetryFirst(), schedule.getBusyRetryMax(), schedule.getBusyGiveUpAfter(), new CountDownLatch(1));
        try (ConfigurableApplicationContext context = retry.call(() -> WarehouseSession.open(top), (busy, pause, attempt) ->
                events.warn("warehouse busy: pid " + busy.pid() + " holds it (a job is running); the backup tries again in "
                        + InboxRunner.seconds(pause) + " (attempt " + attempt + ", giving up after " + InboxRunner.seconds(retry.giveUpAfter()) + ")"))) {
            WarehouseBackups.Written written = context.getBean(WarehouseBackups.class).write(to != null ? to : settings.getBackup().getFolder());
            written.describe(settings).forEach(events::say);
        }
        return ExitCodes.DONE;
    }
}
