package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.metrokaart.UserInputException;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.ingest.IngestJobConfiguration;
import nl.metrokaart.pipeline.Deliveries;
import nl.metrokaart.reportjobs.MonthlyReportTasklet;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Resume a failed, stopped or interrupted run at the step where it stopped, with the same input and options "
                + "(the steps that completed are not redone, no row is loaded twice). The run ids are in the list history prints.")
class RestartCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN-ID", description = "The run to resume (a later run that already resumed it is resumed instead).")
    long runId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            JobRuns jobRuns = context.getBean(JobRuns.class);
            JobExecution resumable = jobRuns.resumable(runId);
            Delivery delivery = delivery(resumable);
            out.println("Resuming run " + resumable.getId() + " (" + resumable.getJobInstance().getJobName() + ")"
                    + (resumable.getId() == runId ? "" : ", which resumed run " + runId) + "...");
            Optional<JobExecution> execution;
            try {
                execution = jobRuns.restart(runId);
            } catch (JobRuns.JobFailedException failed) {
                if (delivery != null) {
                    context.getBean(Deliveries.class).print(out, delivery, failed.execution());
                }
                throw failed;
            }
            if (execution.isEmpty()) {
                out.println("Run " + runId + " had completed: nothing to do.");
            } else if (delivery != null) {
                context.getBean(Deliveries.class).print(out, delivery, execution.get());
            } else if (execution.get().getExecutionContext().containsKey(MonthlyReportTasklet.WORKBOOK)) {
                out.println("Wrote " + execution.get().getExecutionContext().getString(MonthlyReportTasklet.WORKBOOK));
            }
            execution.ifPresent(e -> out.println("Run " + e.getId() + " completed."));
        }
        return ExitCodes.DONE;
    }

    /** The delivery an ingest run reads, which must still be where it was. */
    private static Delivery delivery(JobExecution execution) {
        String folder = execution.getJobParameters().getString(IngestJobConfiguration.DELIVERY);
        if (folder == null) {
            return null;
        }
        if (!Files.isDirectory(Path.of(folder))) {
            throw new UserInputException("Run " + execution.getId() + " reads the delivery " + folder + ", which is no longer there. "
                    + "Put it back there and restart again; a delivery from the inbox is resumed by putting it back into the inbox "
                    + "(from failed/<date>/) instead.");
        }
        return Delivery.scan(Path.of(folder));
    }
}
