package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.bench.IngestBenchmark;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.pipeline.Deliveries;

import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory on generated data.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Pipeline.class, BenchCommand.Report.class, BenchCommand.Startup.class})
class BenchCommand implements Runnable {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a benchmark: ingest, pipeline, report or startup.");
    }

    /** Every benchmark leaves its result as JSON in --out (default out/), for comparing runs. */
    void writeResult(String fileName, String json, PrintWriter out) throws java.io.IOException {
        Path outDir = top.out != null ? top.out : Path.of("out");
        Files.createDirectories(outDir);
        Path file = outDir.resolve(fileName);
        Files.writeString(file, json + System.lineSeparator());
        out.println("Wrote " + file.toAbsolutePath().normalize());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Generate an enrolment export of about N rows, time the ingest job (checks, pseudonyms, rejects; the application's start is not counted) "
                    + "and DuckDB's plain read_csv of the same file, and print both and their ratio. "
                    + "Works in a temporary folder; writes the result as JSON to --out (default out/).")
    static class Ingest implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "Enrolment rows (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            if (rows < 10) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 10");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("metrokaart-bench-");
            try {
                out.println("Generating about " + String.format("%,d", rows) + " enrolment rows in " + work + " ...");
                IngestBenchmark.Result result = IngestBenchmark.run(rows, seed, work, (delivery, warehouse) -> ingest(delivery, warehouse, work));
                out.print(result.table());
                bench.writeResult("bench-ingest.json", result.json(), out);
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(work);
            }
            return ExitCodes.DONE;
        }

        /** The real ingest job on a warehouse of its own, with a key of its own: the user's are never touched. */
        private IngestBenchmark.Timed ingest(Path deliveryFolder, Path warehouse, Path work) {
            MetrokaartCommand options = new MetrokaartCommand();
            options.warehouse = warehouse;
            options.verbose = bench.top.verbose;
            options.settings = bench.top.settings;
            Delivery delivery = Delivery.scan(deliveryFolder);
            // A throw-away warehouse: no read snapshot (its copy would be timed as part of the ingest).
            try (ConfigurableApplicationContext context = WarehouseSession.open(options,
                    Map.of("metrokaart.pseudonym.key-file", work.resolve("pseudonym.key").toString(),
                            "metrokaart.warehouse.publish-snapshot", "false"))) {
                var parameters = Deliveries.ingestParameters(delivery).toJobParameters();
                long start = System.nanoTime();
                context.getBean(JobRuns.class).start(context.getBean("ingestJob", Job.class), parameters);
                double seconds = (System.nanoTime() - start) / 1e9;
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                return new IngestBenchmark.Timed(
                        jdbc.queryForObject("SELECT rows_loaded FROM ingested_file WHERE kind = 'enrolments'", Long.class),
                        jdbc.queryForObject("SELECT rows_rejected FROM ingested_file WHERE kind = 'enrolments'", Long.class),
                        seconds);
            }
        }
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = "Generate a delivery of N participants (about 5 enrolment rows each; all input kinds), run the main job on it "
                    + "in a JVM of its own with the heap capped (JVM start included), and print the wall time, peak resident memory, "
                    + "each step's time, each mart's query time and DuckDB's read_csv floor; also writes out/bench-pipeline.json.")
    static class Pipeline implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--participants", defaultValue = "200000", paramLabel = "N",
                description = "Participants (default: ${DEFAULT-VALUE}, about a million enrolment rows).")
        int participants;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE", description = "The run's -Xmx (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--duckdb-memory", defaultValue = "1GB", paramLabel = "SIZE",
                description = "The run's DuckDB memory_limit (default: ${DEFAULT-VALUE}).")
        String duckdbMemory;

        @Option(names = "--keep", description = "Keep the generated delivery and warehouse (printed) instead of deleting them.")
        boolean keep;

        @Override
        public Integer call() throws Exception {
            if (participants < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--participants must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("metrokaart-pipeline-");
            try {
                out.println("Generating " + String.format("%,d", participants) + " participants in " + work + " and running the main job ...");
                nl.metrokaart.bench.PipelineBenchmark.Result result = nl.metrokaart.bench.PipelineBenchmark.run(participants, seed, work,
                        folder -> launcher(folder, heap, duckdbMemory), heap, duckdbMemory);
                out.print(result.table());
                bench.writeResult("bench-pipeline.json", result.json(), out);
                if (result.exitCode() != 0) {
                    out.println("The run itself ended with exit code " + result.exitCode() + "; its output: " + work.resolve("run.log"));
                }
            } finally {
                if (keep) {
                    out.println("Kept " + work);
                } else {
                    org.springframework.util.FileSystemUtils.deleteRecursively(work);
                }
            }
            return ExitCodes.DONE;
        }

        /** This application, started again as a user would: the same java, the heap capped, a key and logs of its own. */
        static java.util.List<String> launcher(Path work, String heap, String duckdbMemory) {
            String javaBinary = ProcessHandle.current().info().command().orElse("java");
            String classPath = System.getProperty("java.class.path");
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaBinary, "-Xmx" + heap, "-Djava.awt.headless=true",
                    "-Dmetrokaart.pseudonym.key-file=" + work.resolve("pseudonym.key"), "-Dmetrokaart.logs=" + work.resolve("logs"),
                    "-Dmetrokaart.warehouse.memory-limit=" + duckdbMemory));
            if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
                command.addAll(java.util.List.of("-jar", classPath));
            } else {
                command.addAll(java.util.List.of("-cp", classPath, Launcher.class.getName()));
            }
            return command;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Time the monthly report job (the application's start is not counted) and its peak heap, on the warehouse "
                    + "(--warehouse), or with --participants N on a delivery generated and ingested for it (N = 200000 gives about a "
                    + "million enrolment rows; the ingest takes minutes and is not timed). Target: under 10 s with at most 512 MB heap "
                    + "(run with JAVA_OPTS=-Xmx512m). Writes the result as JSON to --out (default out/).")
    static class Report implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "The report month (default: the month of the latest session).")
        java.time.YearMonth month;

        @Option(names = "--participants", paramLabel = "N", description = "Generate and ingest a delivery of N participants first, in a temporary folder.")
        Integer participants;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path work = participants == null ? null : Files.createTempDirectory("metrokaart-bench-report-");
            try {
                MetrokaartCommand options = new MetrokaartCommand();
                options.warehouse = work == null ? bench.top.warehouse : work.resolve("warehouse.duckdb");
                options.verbose = bench.top.verbose;
                options.settings = bench.top.settings;
            options.settings = bench.top.settings;
                Map<String, Object> extra = new java.util.HashMap<>();
                if (work != null) {
                    extra.put("metrokaart.pseudonym.key-file", work.resolve("pseudonym.key").toString());
                    extra.put("metrokaart.warehouse.publish-snapshot", "false"); // a throw-away warehouse
                    out.println("Generating a delivery of " + String.format("%,d", participants) + " participants in " + work + " ...");
                    nl.metrokaart.sampledata.DeliveryGenerator.generate(work.resolve("delivery"), participants, seed);
                    out.println("Ingesting it (not timed) ...");
                    try (ConfigurableApplicationContext context = WarehouseSession.open(options, extra)) {
                        Delivery delivery = Delivery.scan(work.resolve("delivery"));
                        context.getBean(JobRuns.class).start(context.getBean("ingestJob", Job.class),
                                Deliveries.ingestParameters(delivery).toJobParameters());
                    }
                }
                Path reports = Files.createTempDirectory("metrokaart-bench-report-out-");
                try (ConfigurableApplicationContext context = WarehouseSession.open(options, extra)) {
                    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                    java.time.YearMonth reportMonth = month != null ? month : java.time.YearMonth.from(
                            jdbc.queryForObject("SELECT max(session_date) FROM enrolment", java.sql.Date.class).toLocalDate());
                    long rows = jdbc.queryForObject("SELECT count(*) FROM enrolment", Long.class);
                    long runs = jdbc.queryForObject("SELECT count(DISTINCT run_code) FROM enrolment", Long.class);
                    var parameters = Deliveries.reportParameters(new org.springframework.batch.core.job.parameters.JobParametersBuilder(),
                            reportMonth, nl.metrokaart.reports.ReportLanguage.NL, reports)
                            .addString("requested_at", java.time.Instant.now().toString()).toJobParameters();
                    nl.metrokaart.bench.ReportBenchmark.resetPeaks();
                    long start = System.nanoTime();
                    context.getBean(JobRuns.class).start(context.getBean("monthlyReportJob", Job.class), parameters);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    var result = new nl.metrokaart.bench.ReportBenchmark.Result(reportMonth.toString(), rows, runs, seconds,
                            nl.metrokaart.bench.ReportBenchmark.peakHeap(), Runtime.getRuntime().maxMemory());
                    out.print(result.table());
                    bench.writeResult("bench-report.json", result.json(), out);
                } finally {
                    org.springframework.util.FileSystemUtils.deleteRecursively(reports);
                }
            } finally {
                if (work != null) {
                    org.springframework.util.FileSystemUtils.deleteRecursively(work);
                }
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Time each command from a cold JVM (started as this one was: the same JVM options, the launcher's class data "
                    + "sharing archive included) against the floor, a bare JVM that opens the warehouse read-only with DuckDB JDBC and runs "
                    + "one query: status, history, query, report monthly and run on a fresh warehouse; wall and CPU time, median of --repeat "
                    + "runs, and each one's ratio to the floor. On a copy of --warehouse, or on the sample warehouse built first in a "
                    + "temporary folder (by the first of the runs measured). Writes out/bench-startup.json.")
    static class Startup implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--input", defaultValue = "sample-data/delivery", paramLabel = "FOLDER",
                description = "The delivery that run ingests (default: ${DEFAULT-VALUE}).")
        Path input;

        @Option(names = "--month", defaultValue = "2026-10", paramLabel = "YYYY-MM", description = "The month of report and run (default: ${DEFAULT-VALUE}).")
        String month;

        @Option(names = "--repeat", defaultValue = "3", paramLabel = "N", description = "Runs of each command; the median is shown (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--skip-run", description = "Leave out run on a fresh warehouse (the slowest; without --warehouse it still runs once, untimed, to build the sample warehouse).")
        boolean skipRun;

        @Option(names = "--only", split = ",", paramLabel = "COMMAND",
                description = "Time only these (and the floor): status, history, query, report, run (default: all).")
        java.util.Set<String> only;

        private boolean timed(String command) {
            return only == null || only.contains(command);
        }

        @Override
        public Integer call() throws Exception {
            if (repeat < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
            }
            if (only != null && !java.util.Set.of("status", "history", "query", "report", "run").containsAll(only)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--only takes status, history, query, report and run");
            }
            skipRun = skipRun || !timed("run");
            Path delivery = input.toAbsolutePath().normalize();
            Path given = bench.top.warehouse;
            if (given != null && !Files.isRegularFile(given)) {
                throw new nl.metrokaart.UserInputException("There is no warehouse at " + given.toAbsolutePath().normalize());
            }
            if ((given == null || !skipRun) && !Files.isDirectory(delivery)) {
                throw new nl.metrokaart.UserInputException("The delivery " + delivery + " does not exist: name one with --input");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("metrokaart-bench-startup-");
            try {
                java.util.List<String> properties = java.util.List.of("-Dmetrokaart.pseudonym.key-file=" + work.resolve("pseudonym.key"),
                        "-Dmetrokaart.logs=" + work.resolve("logs"), "-Dmetrokaart.ingest.work-folder=" + work.resolve("ingest"));
                java.util.List<String> app = nl.metrokaart.bench.StartupBenchmark.javaCommand(null, properties);
                java.util.List<String> quickApp = nl.metrokaart.bench.StartupBenchmark.javaCommand(null, properties, true);
                Path reports = work.resolve("reports");
                java.util.List<nl.metrokaart.bench.StartupBenchmark.Measured> commands = new java.util.ArrayList<>();
                Path warehouse = work.resolve("warehouse.duckdb");
                nl.metrokaart.bench.StartupBenchmark.Measured run = null;
                if (given != null) {
                    // A copy: report adds a run to the history, which the user's warehouse should not get from a benchmark.
                    Files.copy(given, warehouse);
                } else {
                    out.println("Building the sample warehouse in " + work + " (run --input " + delivery + " --month " + month + ") ...");
                }
                if (given == null || !skipRun) {
                    out.println(skipRun ? "Running run once (not timed) ..." : "Timing run on a fresh warehouse ...");
                    // As the launcher starts them: the quick options for a small delivery (and a small warehouse below).
                    run = nl.metrokaart.bench.StartupBenchmark.measure("run (fresh warehouse)",
                            nl.metrokaart.bench.StartupBenchmark.small(delivery) ? quickApp : app, i -> {
                        Path fresh = given == null && i == 0 ? warehouse : work.resolve("fresh-" + i + ".duckdb");
                        return java.util.List.of("run", "--input", delivery.toString(), "--month", month, "--warehouse", fresh.toString(),
                                "--out", reports.toString());
                    }, skipRun ? 1 : repeat, work);
                    if (run.exitCode() != 0 && given == null) {
                        java.util.List<String> lines = Files.readAllLines(work.resolve("run-fresh-warehouse--0.out"));
                        throw new nl.metrokaart.UserInputException("run on " + delivery + " failed (exit code " + run.exitCode() + "): "
                                + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
                    }
                    if (skipRun) {
                        run = null;
                    }
                }
                out.println("Timing the floor and the commands on " + (given == null ? "the sample warehouse" : "a copy of " + given) + " ...");
                nl.metrokaart.bench.StartupBenchmark.Measured floor = nl.metrokaart.bench.StartupBenchmark.measure("floor (bare JVM + DuckDB)",
                        nl.metrokaart.bench.StartupBenchmark.floorCommand(properties),
                        i -> java.util.List.of(warehouse.toString()), repeat, work);
                String w = warehouse.toString();
                if (timed("status")) {
                    commands.add(nl.metrokaart.bench.StartupBenchmark.measure("status", quickApp, i -> java.util.List.of("status", "--warehouse", w), repeat, work));
                }
                if (timed("history")) {
                    commands.add(nl.metrokaart.bench.StartupBenchmark.measure("history", quickApp, i -> java.util.List.of("history", "--warehouse", w), repeat, work));
                }
                if (timed("query")) {
                    commands.add(nl.metrokaart.bench.StartupBenchmark.measure("query", quickApp,
                            i -> java.util.List.of("query", "--sql", "SELECT count(*) FROM run_occupancy", "--warehouse", w), repeat, work));
                }
                if (timed("report")) {
                    commands.add(nl.metrokaart.bench.StartupBenchmark.measure("report monthly --month " + month,
                            nl.metrokaart.bench.StartupBenchmark.small(warehouse) ? quickApp : app,
                            i -> java.util.List.of("report", "monthly", "--month", month, "--warehouse", w, "--out", reports.toString()), repeat, work));
                }
                if (run != null) {
                    commands.add(run);
                }
                var result = new nl.metrokaart.bench.StartupBenchmark.Result(given == null ? "sample (" + delivery + ")" : given.toString(), repeat,
                        nl.metrokaart.bench.StartupBenchmark.joined(nl.metrokaart.bench.StartupBenchmark.jvmOptions()), floor, commands);
                out.print(result.table());
                bench.writeResult("bench-startup.json", result.json(), out);
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(work);
            }
            return ExitCodes.DONE;
        }
    }
}
