package nl.metrokaart.cli;

import java.util.concurrent.Callable;

import nl.metrokaart.history.JobRuns;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Give up a failed, stopped or interrupted run: it is never resumed (what it loaded stays loaded). "
                + "Running the same command again then says it was abandoned. The run ids are in the list history prints.")
class AbandonCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN-ID", description = "The run to give up (a later run that resumed it is given up instead).")
    long runId;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            JobExecution abandoned = context.getBean(JobRuns.class).abandon(runId);
            spec.commandLine().getOut().println("Run " + abandoned.getId() + " (" + abandoned.getJobInstance().getJobName()
                    + ") is abandoned: it will not be resumed. What it loaded stays loaded.");
        }
        return ExitCodes.DONE;
    }
}
