package nl.metrokaart.ingest;

import java.util.List;

import nl.metrokaart.UserInputException;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingest's last word. A step that refused a file ends with exit code REFUSED and the job goes
 * on, so the rest of the delivery still loads; this step then fails the run, naming every refused
 * file and why. Run again with the same files, it fails again; fixed files are a new delivery.
 */
public class IngestVerdictTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    public IngestVerdictTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        // Every attempt of this job counts: a resumed run skips the steps that refused files before.
        List<String> refusals = jdbc.queryForList("""
                SELECT file_name || ': ' || reason FROM refused_file
                WHERE job_execution_id IN (%s) AND sha256 NOT IN (SELECT sha256 FROM ingested_file)
                ORDER BY file_name""".formatted(IngestedFiles.EXECUTIONS), String.class, jobInstanceId);
        if (!refusals.isEmpty()) {
            throw new UserInputException("the rest of the delivery was loaded, but " + refusals.size()
                    + (refusals.size() == 1 ? " file was" : " files were") + " refused:\n  - " + String.join("\n  - ", refusals));
        }
        return RepeatStatus.FINISHED;
    }
}
