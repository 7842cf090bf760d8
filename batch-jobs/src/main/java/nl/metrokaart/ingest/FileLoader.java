package nl.metrokaart.ingest;

import nl.metrokaart.ingest.Delivery.DeliveryFile;

/**
 * Loads one file of one input kind into the warehouse, inside the caller's transaction:
 * validate, put rejects in {@code file_rejects}, merge the good rows.
 */
public interface FileLoader {

    InputKind kind();

    /** Loads the file; returns rows read and rows loaded (rejected = read - loaded). */
    Counts load(DeliveryFile file);

    record Counts(long read, long loaded) {
    }
}
