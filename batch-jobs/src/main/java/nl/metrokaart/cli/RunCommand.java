package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.pipeline.Deliveries;
import nl.metrokaart.reports.ReportLanguage;

import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The main job: ingest a delivery, then write the monthly report. After a failure, the same command resumes at the failed step.")
class RunCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FOLDER", description = "The delivery folder, e.g. sample-data/delivery.")
    Path input;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The reporting month, e.g. 2026-10.")
    YearMonth month;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The report's language (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Delivery delivery = Delivery.scan(input);
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            Path outDir = context.getBean(MetrokaartProperties.class).getOut();
            var parameters = Deliveries.reportParameters(Deliveries.ingestParameters(delivery), month, language, outDir).toJobParameters();
            java.util.Optional<org.springframework.batch.core.job.JobExecution> execution;
            try {
                execution = context.getBean(JobRuns.class).start(context.getBean("runJob", Job.class), parameters);
            } catch (JobRuns.JobFailedException failed) {
                // Say what did load and whether the report was written before the failure itself.
                context.getBean(Deliveries.class).print(out, delivery, failed.execution());
                throw failed;
            }
            if (execution.isEmpty()) {
                out.println("This delivery was ingested and the report for " + month + " written before with the same content and options: "
                        + "nothing to do. To write the report again: ./metrokaart report monthly --month " + month);
                return ExitCodes.DONE;
            }
            context.getBean(Deliveries.class).print(out, delivery, execution.get());
        }
        return ExitCodes.DONE;
    }
}
