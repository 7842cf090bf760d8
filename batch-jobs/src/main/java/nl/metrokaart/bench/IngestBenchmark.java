package nl.metrokaart.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import nl.metrokaart.sampledata.DeliveryGenerator;

/**
 * The ingest benchmark: a generated enrolment export of about N rows (with a few per mille of
 * bad rows, so rejects are exercised), ingested by the real job, against the floor of DuckDB
 * reading the same file into a table with nothing else done.
 */
public final class IngestBenchmark {

    /** Every 500th row names a module the catalogue lacks: 2 per mille of rejects. */
    private static final int BAD_ROW_EVERY = 500;
    /** The generator writes about 4.9 enrolment rows per participant. */
    private static final double ROWS_PER_PARTICIPANT = 4.9;

    public record Result(long rows, long loaded, long rejected, double ingestSeconds, double floorSeconds, long peakHeapBytes,
                         long maxHeapBytes) {

        public double ratio() {
            return ingestSeconds / floorSeconds;
        }

        public String table() {
            return String.format(java.util.Locale.ROOT, """
                    %-38s %,14d
                    %-38s %,14d
                    %-38s %,14d
                    %-38s %14.2f s   (%,.0f rows/s)
                    %-38s %14.2f s   (%,.0f rows/s)
                    %-38s %14.2f     (target: at most 3)
                    %-38s %,11d MB   (heap limit %,d MB)
                    """,
                    "enrolment rows read", rows, "rows loaded", loaded, "rows rejected", rejected,
                    "ingest job (checks, pseudonyms, rejects)", ingestSeconds, rows / ingestSeconds,
                    "floor: DuckDB read_csv into a table", floorSeconds, rows / floorSeconds,
                    "ratio ingest / floor", ratio(),
                    "peak JVM heap", peakHeapBytes >> 20, maxHeapBytes >> 20);
        }

        public String json() {
            return String.format(java.util.Locale.ROOT, "{\"benchmark\":\"ingest\",\"rows\":%d,\"loaded\":%d,\"rejected\":%d,"
                            + "\"ingest_seconds\":%.3f,\"floor_seconds\":%.3f,\"ratio\":%.3f,\"peak_heap_mb\":%d,\"max_heap_mb\":%d}",
                    rows, loaded, rejected, ingestSeconds, floorSeconds, ratio(), peakHeapBytes >> 20, maxHeapBytes >> 20);
        }
    }

    /** Runs one ingest of a folder on a fresh warehouse, timing the job alone (not the start of the application). */
    public interface Ingest {
        Timed run(Path delivery, Path warehouse) throws Exception;
    }

    public record Timed(long loaded, long rejected, double seconds) {
    }

    private IngestBenchmark() {
    }

    public static Result run(int rows, long seed, Path work, Ingest ingest) throws Exception {
        Path generated = work.resolve("generated");
        DeliveryGenerator.generate(generated, Math.max(1, (int) Math.round(rows / ROWS_PER_PARTICIPANT)), seed);
        Path delivery = Files.createDirectories(work.resolve("delivery"));
        Files.copy(generated.resolve("metrokaart.yaml"), delivery.resolve("metrokaart.yaml"));
        Files.copy(generated.resolve("companies.csv"), delivery.resolve("companies.csv"));
        Path enrolments = delivery.resolve("enrolments.csv");
        long total = withBadRows(generated.resolve("enrolments.csv"), enrolments);

        double floor = floorSeconds(enrolments, work.resolve("floor.duckdb"));
        resetPeaks();
        Timed timed = ingest.run(delivery, work.resolve("warehouse.duckdb"));
        return new Result(total, timed.loaded(), timed.rejected(), timed.seconds(), floor, peakHeap(), Runtime.getRuntime().maxMemory());
    }

    /** DuckDB alone: its reader into a table of a fresh file, the physical limit of any ingest here. */
    static double floorSeconds(Path csv, Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database); Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 2");
            long start = System.nanoTime();
            statement.execute("CREATE TABLE enrolments AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "')");
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static long withBadRows(Path source, Path target) {
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.newLine();
            for (String line; (line = in.readLine()) != null; ) {
                rows++;
                // The module code is the fourth field of the generator's rows, none of which is quoted before it.
                out.write(rows % BAD_ROW_EVERY == 0 ? line.replaceFirst("^([^,]*,[^,]*,[^,]*,)[^,]*", "$1NM-999") : line);
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
