package nl.metrokaart.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;

/** The schema upgrades opening the warehouse did in this context, said once on the terminal and in the log. */
public class WarehouseUpgrades {

    private final List<String> messages = new ArrayList<>();

    synchronized void record(Path file, Migrations.Upgrade upgrade) {
        if (upgrade.upgraded()) {
            String message = upgrade.describe(file);
            LoggerFactory.getLogger(WarehouseUpgrades.class).info(message);
            messages.add(message);
        }
    }

    /** What was upgraded since the last call. */
    public synchronized List<String> drain() {
        List<String> drained = List.copyOf(messages);
        messages.clear();
        return drained;
    }
}
