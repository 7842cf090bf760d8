package nl.metrokaart.warehouse;

import java.nio.file.Path;
import javax.sql.DataSource;

import nl.metrokaart.MetrokaartProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes the read snapshot when a job that wrote the warehouse has ended (completed or
 * failed), so analysts and BI tools read the newest numbers while the next job runs. A snapshot
 * that cannot be written (disk full) leaves the previous one in place and never fails the job.
 */
@Component
public class SnapshotPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final DataSource dataSource;
    private final MetrokaartProperties.Warehouse settings;

    public SnapshotPublisher(DataSource dataSource, MetrokaartProperties properties) {
        this.dataSource = dataSource;
        this.settings = properties.getWarehouse();
    }

    public void publish() {
        if (!settings.isPublishSnapshot()) {
            return;
        }
        Path snapshot = settings.getSnapshot().toAbsolutePath().normalize();
        long start = System.nanoTime();
        try {
            WarehouseSnapshot.publish(dataSource, settings.getPath(), snapshot);
            LOG.info("published the read snapshot {} in {} ms", snapshot, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("could not publish the read snapshot {} (the previous one, if any, stays): {}", snapshot, e.toString(), e);
        }
    }
}
