package nl.metrokaart.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.metrokaart.sampledata.DeliveryGenerator;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

/**
 * The whole monthly pipeline as a user runs it: a generated delivery, then one
 * {@code run --input ... --month ...} in a JVM of its own (so its start, heap cap and resident
 * memory count), timed from outside; then each stage from the job repository, each mart queried
 * on the result, and DuckDB's plain read_csv of the enrolment file as the floor.
 */
public final class PipelineBenchmark {

    public record Stage(String name, double seconds) {
    }

    public record Result(long participants, long enrolmentRows, double wallSeconds, long peakRssBytes, String heapCap,
                         String duckdbMemory, double floorSeconds, List<Stage> stages, List<Stage> martsFirst, List<Stage> marts,
                         int exitCode) {

        public String table() {
            StringBuilder t = new StringBuilder();
            t.append(String.format(Locale.ROOT, "%-44s %,12d%n", "participants generated", participants));
            t.append(String.format(Locale.ROOT, "%-44s %,12d%n", "enrolment rows", enrolmentRows));
            t.append(String.format(Locale.ROOT, "%-44s %12.2f s   (exit code %d)%n", "whole run, JVM start included", wallSeconds, exitCode));
            t.append(String.format(Locale.ROOT, "%-44s %,9d MB   (heap cap %s)%n", "peak resident memory", peakRssBytes >> 20,
                    heapCap + ", DuckDB memory_limit " + duckdbMemory));
            t.append(String.format(Locale.ROOT, "%-44s %12.2f s%n", "floor: DuckDB read_csv of the enrolments", floorSeconds));
            for (Stage stage : stages) {
                t.append(String.format(Locale.ROOT, "  step %-39s %12.2f s%n", stage.name(), stage.seconds()));
            }
            Stage enrolments = stages.stream().filter(s -> s.name().equals("enrolments")).findFirst().orElse(null);
            if (enrolments != null && floorSeconds > 0) {
                t.append(String.format(Locale.ROOT, "%-44s %12.2f%n", "enrolments step / floor", enrolments.seconds() / floorSeconds));
            }
            t.append(String.format(Locale.ROOT, "%-44s %12s %12s%n", "marts (every column of every row)", "first", "again"));
            for (int i = 0; i < marts.size(); i++) {
                t.append(String.format(Locale.ROOT, "  mart %-39s %10.3f s %10.3f s%n", marts.get(i).name(), martsFirst.get(i).seconds(),
                        marts.get(i).seconds()));
            }
            return t.toString();
        }

        public String json() {
            StringBuilder j = new StringBuilder("{\"benchmark\":\"pipeline\"");
            j.append(String.format(Locale.ROOT, ",\"participants\":%d,\"enrolment_rows\":%d,\"wall_seconds\":%.3f,\"peak_rss_mb\":%d,"
                    + "\"heap_cap\":\"%s\",\"duckdb_memory_limit\":\"%s\",\"floor_seconds\":%.3f,\"exit_code\":%d", participants, enrolmentRows, wallSeconds,
                    peakRssBytes >> 20, heapCap, duckdbMemory, floorSeconds, exitCode));
            j.append(",\"steps\":{").append(join(stages)).append("},\"marts_first\":{").append(join(martsFirst))
                    .append("},\"marts\":{").append(join(marts)).append("}}");
            return j.toString();
        }

        private static String join(List<Stage> stages) {
            return String.join(",", stages.stream().map(s -> String.format(Locale.ROOT, "\"%s\":%.3f", s.name(), s.seconds())).toList());
        }
    }

    /** The marts as the monthly report asks them, for 2026-10 (the generator's last complete month). */
    private static final Map<String, String> MARTS = new LinkedHashMap<>();

    static {
        MARTS.put("run_occupancy", "SELECT * FROM run_occupancy");
        MARTS.put("monthly_occupancy", "SELECT * FROM monthly_occupancy");
        MARTS.put("participant_completion", "SELECT * FROM participant_completion");
        MARTS.put("module_badges", "SELECT * FROM module_badges");
        MARTS.put("certificates_earned", "SELECT * FROM certificates_earned");
        MARTS.put("skill_gap", "SELECT * FROM skill_gap(DATE '2026-10-31')");
        MARTS.put("learning_gain", "SELECT * FROM learning_gain");
        MARTS.put("conversion", "SELECT * FROM conversion(DATE '2026-10-31', 12)");
        MARTS.put("conversion_by_type", "SELECT * FROM conversion_by_type(DATE '2026-10-31', 12)");
        MARTS.put("company_conversion", "SELECT * FROM company_conversion(DATE '2026-10-31', 12)");
        MARTS.put("funnel", "SELECT * FROM funnel(DATE '2026-10-31')");
        MARTS.put("reach", "SELECT * FROM reach(DATE '2025-11-01', DATE '2026-10-31')");
        MARTS.put("coach_reach", "SELECT * FROM coach_reach(DATE '2025-11-01', DATE '2026-10-31')");
        MARTS.put("coached_colleague_outcome", "SELECT * FROM coached_colleague_outcome(DATE '2026-10-31')");
        MARTS.put("leercultuur_score", "SELECT * FROM leercultuur_score(DATE '2026-10-31')");
        MARTS.put("leercultuur_change", "SELECT * FROM leercultuur_change(DATE '2026-10-31')");
        MARTS.put("leercultuur_distribution", "SELECT * FROM leercultuur_distribution(DATE '2026-10-31')");
        MARTS.put("leercultuur_conversion", "SELECT * FROM leercultuur_conversion(DATE '2026-10-31', 12)");
    }

    private PipelineBenchmark() {
    }

    /**
     * @param launcher the command that starts the application in a folder of its own (java, its options and -jar or -cp),
     *                 to which the run's arguments are added
     */
    public static Result run(int participants, long seed, Path work, java.util.function.Function<Path, List<String>> launcher, String heapCap,
                             String duckdbMemory)
            throws Exception {
        Path delivery = work.resolve("delivery");
        var generated = DeliveryGenerator.generate(delivery, participants, seed);
        Path warehouse = work.resolve("warehouse.duckdb");
        List<String> command = new ArrayList<>(launcher.apply(work));
        command.addAll(List.of("run", "--input", delivery.toString(), "--month", "2026-10",
                "--warehouse", warehouse.toString(), "--out", work.resolve("out").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, residentPeak(process.pid()));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double floor = IngestBenchmark.floorSeconds(delivery.resolve("enrolments.csv"), work.resolve("floor.duckdb"));
        List<Stage> stages = new ArrayList<>();
        List<Stage> martsFirst = new ArrayList<>();
        List<Stage> marts = new ArrayList<>();
        if (Files.exists(warehouse)) {
            try (Connection connection = ReadOnlyWarehouse.open(warehouse); Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("""
                        SELECT STEP_NAME, epoch(END_TIME) - epoch(START_TIME) FROM BATCH_STEP_EXECUTION
                        WHERE JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID""")) {
                    while (rs.next()) {
                        stages.add(new Stage(rs.getString(1), rs.getDouble(2)));
                    }
                }
                for (Map.Entry<String, String> mart : MARTS.entrySet()) {
                    // the first query reads its tables from disk; the second is what an analyst's next query costs
                    martsFirst.add(new Stage(mart.getKey(), timeQuery(statement, mart.getValue())));
                    marts.add(new Stage(mart.getKey(), timeQuery(statement, mart.getValue())));
                }
            }
        }
        return new Result(generated.participants(), generated.enrolmentRows(), wall, peak, heapCap, duckdbMemory, floor, stages, martsFirst, marts,
                process.exitValue());
    }

    /**
     * Seconds to compute every column of every row of a mart (a hash over the whole row), nothing
     * sent to the client: count(*) alone would let DuckDB skip the columns a mart spends its time on.
     */
    private static double timeQuery(Statement statement, String sql) throws java.sql.SQLException {
        long begin = System.nanoTime();
        try (ResultSet rs = statement.executeQuery("SELECT count(*), sum(hash(m)) FROM (" + sql + ") m")) {
            rs.next();
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** The process's resident peak (VmHWM) so far, from /proc; 0 where there is no /proc. */
    private static long residentPeak(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // the process ended between two looks
        }
        return 0;
    }
}
