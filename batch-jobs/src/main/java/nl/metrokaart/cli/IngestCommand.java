package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.metrokaart.history.JobRuns;
import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.pipeline.Deliveries;

import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest one delivery folder into the warehouse. A file loaded before (same content) is skipped; "
                + "a newer version of a record replaces the older one.")
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "The delivery folder (e.g. exports/2026-10).")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Delivery delivery = Delivery.scan(folder);
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            Deliveries deliveries = context.getBean(Deliveries.class);
            java.util.Optional<org.springframework.batch.core.job.JobExecution> execution;
            try {
                execution = context.getBean(JobRuns.class)
                        .start(context.getBean("ingestJob", Job.class), Deliveries.ingestParameters(delivery).toJobParameters());
            } catch (JobRuns.JobFailedException failed) {
                deliveries.print(out, delivery, failed.execution());
                throw failed;
            }
            if (execution.isEmpty()) {
                out.println("This delivery (" + delivery.folder() + ") was ingested before with the same content: nothing to do.");
            } else {
                deliveries.print(out, delivery, execution.get());
            }
        }
        return ExitCodes.DONE;
    }
}
