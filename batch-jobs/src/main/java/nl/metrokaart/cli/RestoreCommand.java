package nl.metrokaart.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.backup.WarehouseCopy;
import nl.metrokaart.backup.WarehouseRestore;
import nl.metrokaart.privacy.ParticipantData;
import nl.metrokaart.unattended.Events;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup back in the warehouse's place. Refused, with nothing changed, when a process holds the warehouse, "
                + "when the file is no warehouse backup, or when the pseudonym key in place is not the one the backup was made with.",
                "The replaced warehouse is kept beside it as <name>.replaced-<date>-<time>.duckdb. Participants it had erased on "
                        + "request stay erased."})
class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file (backups/metrokaart-<date>-<time>.duckdb).")
    Path backup;

    @Override
    public Integer call() {
        MetrokaartProperties settings = WarehouseSession.settings(top, Map.of());
        Events events = new Events(spec.commandLine().getOut(), false);
        WarehouseRestore.Backup found = WarehouseRestore.read(backup);
        WarehouseRestore.checkKey(found, settings.getPseudonym());
        WarehouseRestore.Restored restored = WarehouseRestore.restore(found, settings.getWarehouse().getPath());
        events.say("Restored " + found.file() + (found.backedUpAt() == null ? "" : " (backed up at " + found.backedUpAt() + ")")
                + " to " + restored.warehouse() + "; it holds the backup's rows in all " + found.counts().size() + " tables.");
        if (restored.replacedAside() != null) {
            events.say("The replaced warehouse is kept at " + restored.replacedAside() + " (delete it when you no longer need it).");
        }
        events.say(found.keyFingerprint() == null && found.sealedBatch() == null
                ? "The backup holds no participants yet: no pseudonym key was needed."
                : "The pseudonym key in place is the one the backup was made with.");
        Set<String> again = new TreeSet<>();
        // Migrations of a backup made by an earlier version run as it opens.
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            ParticipantData data = context.getBean(ParticipantData.class);
            again.addAll(restored.erasedInReplaced());
            again.removeAll(data.erasedKeys());
            if (!again.isEmpty()) {
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> data.erase(again, Set.of()));
            }
        }
        if (!again.isEmpty()) {
            WarehouseCopy.rewrite(restored.warehouse());
        }
        // Analysts read the snapshot: it must show the restored warehouse, not the replaced one.
        WarehouseCopy.republishSnapshot(settings.getWarehouse());
        if (!again.isEmpty()) {
            events.say(again.size() + (again.size() == 1 ? " participant" : " participants")
                    + " erased on request after this backup was made " + (again.size() == 1 ? "was" : "were") + " erased again.");
        }
        return ExitCodes.DONE;
    }
}
