package nl.metrokaart.cli.readonly;

import java.nio.file.Path;

import nl.metrokaart.cli.MetrokaartCommand;
import nl.metrokaart.warehouse.WarehouseSnapshot;

/**
 * The warehouse file for commands that open it without the application context (query,
 * export): --warehouse, else the same property or environment variable Spring would read.
 */
public final class WarehousePath {

    public static final Path DEFAULT = Path.of("data", "metrokaart.duckdb");

    private WarehousePath() {
    }

    public static Path of(MetrokaartCommand options) {
        if (options.warehouse != null) {
            return options.warehouse;
        }
        String property = System.getProperty("metrokaart.warehouse.path");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String environment = System.getenv("METROKAART_WAREHOUSE_PATH");
        return environment != null && !environment.isBlank() ? Path.of(environment) : DEFAULT;
    }

    /** The read snapshot of that warehouse: metrokaart.warehouse.snapshot, else {@code <name>-read.duckdb} beside it. */
    public static Path snapshot(MetrokaartCommand options) {
        String property = System.getProperty("metrokaart.warehouse.snapshot");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String environment = System.getenv("METROKAART_WAREHOUSE_SNAPSHOT");
        return environment != null && !environment.isBlank() ? Path.of(environment) : WarehouseSnapshot.besides(of(options));
    }
}
