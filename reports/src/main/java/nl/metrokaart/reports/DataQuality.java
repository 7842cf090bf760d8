package nl.metrokaart.reports;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the warehouse says about its own inputs: every file it looked at (loaded, refused or not
 * recognised) with rows read, loaded and rejected, and the rejected rows themselves (the first
 * ones, when there are very many: {@code totalRejects} says how many there are).
 */
public record DataQuality(List<FileRecord> files, List<Reject> rejects, long totalRejects) {

    public static DataQuality empty() {
        return new DataQuality(List.of(), List.of(), 0);
    }

    /** @param status loaded, refused or unrecognised */
    public record FileRecord(String fileName, String kind, String status, Long rowsRead, Long rowsLoaded, Long rowsRejected,
                             LocalDateTime when, String reason) {
    }

    public record Reject(String fileName, Long line, String column, String value, String reason) {
    }
}
