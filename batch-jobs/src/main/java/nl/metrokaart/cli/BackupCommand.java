package nl.metrokaart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.backup.WarehouseBackups;
import nl.metrokaart.schedule.BusyRetry;
import nl.metrokaart.warehouse.KeyFingerprint;

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

    /** The tables whose row counts the command shows. */
    private static final List<String> SHOWN = List.of("ingested_file", "enrolment", "badge", "assessment", "followup", "company", "reject");

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
            describe(written, settings).forEach(events::say);
        }
        return ExitCodes.DONE;
    }

    /** What a user must know about a backup just written: where, that it was checked, and where the key is. */
    static List<String> describe(WarehouseBackups.Written written, MetrokaartProperties settings) {
        String rows = SHOWN.stream().filter(written.counts()::containsKey)
                .map(t -> t + " " + written.counts().get(t)).reduce((a, b) -> a + ", " + b).orElse("");
        String key = written.keyFingerprint() == null
                ? "There is no pseudonym key yet (" + KeyFingerprint.whereIs(settings.getPseudonym()) + "): it is made on the first ingest; "
                        + "back it up then, separately from the warehouse."
                : "The pseudonym key is NOT in the backup. It is in " + KeyFingerprint.whereIs(settings.getPseudonym())
                        + ": back it up separately and keep it apart from the warehouse backups (without it the backup's pseudonyms cannot be "
                        + "continued and its sealed addresses not read). Key fingerprint: " + written.keyFingerprint().substring(0, 16) + "…";
        return List.of(
                String.format(Locale.ROOT, "Backup written: %s (%.1f MB)", written.file(), written.bytes() / 1_048_576.0),
                "Checked: it opens and holds the same rows as the warehouse in all " + written.counts().size() + " tables (" + rows + ").",
                key);
    }
}
