package nl.metrokaart.cli;

import java.util.List;
import java.util.Map;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * status and history: the warehouse as configured (application.yml, environment, --warehouse),
 * opened read-only in the sandbox, or its read snapshot while a job holds it. They never create
 * a warehouse, migrate one, or wait for a job.
 */
final class ReadOnlyReading {

    private ReadOnlyReading() {
    }

    static ReadOnlyWarehouse.Reading open(MetrokaartCommand options) {
        MetrokaartProperties.Warehouse settings = WarehouseSession.settings(options, Map.of()).getWarehouse();
        return ReadOnlyWarehouse.openOrSnapshot(settings.getPath(), settings.getSnapshot(), List.of(), List.of());
    }

    static JdbcTemplate jdbc(ReadOnlyWarehouse.Reading reading) {
        return new JdbcTemplate(new SingleConnectionDataSource(reading.connection(), true));
    }
}
