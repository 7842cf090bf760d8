package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.bench.IngestBenchmark;
import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.jobs.Deliveries;
import nl.metrokaart.jobs.JobRuns;

import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory on generated data.",
        subcommands = BenchCommand.Ingest.class)
class BenchCommand implements Runnable {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a benchmark: ingest.");
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
                Path outDir = bench.top.out != null ? bench.top.out : Path.of("out");
                Files.createDirectories(outDir);
                Path json = outDir.resolve("bench-ingest.json");
                Files.writeString(json, result.json() + System.lineSeparator());
                out.println("Wrote " + json.toAbsolutePath().normalize());
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
            Delivery delivery = Delivery.scan(deliveryFolder);
            try (ConfigurableApplicationContext context = WarehouseSession.open(options,
                    Map.of("metrokaart.pseudonym.key-file", work.resolve("pseudonym.key").toString()))) {
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
}
