package nl.metrokaart.history;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a killed process left behind. A run stays STARTED in the job repository when its process
 * was killed (or the machine went down); Spring Batch refuses to restart it while it looks
 * running. Whoever opens the warehouse holds DuckDB's file lock, so no other process can be
 * running a job on it: every run still marked running is such a leftover. On opening, each is
 * marked FAILED (Spring Batch's {@link JobOperator#recover}), with a note saying so, and the
 * same command then resumes it at the step that was cut off.
 */
@Component
public class StaleRuns implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StaleRuns.class);
    public static final String INTERRUPTED = "interrupted: the process ended while this run was in progress (killed, or the machine stopped); "
            + "run the same command again (or ./metrokaart restart) to resume it";

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final List<String> recovered = new ArrayList<>();

    public StaleRuns(JdbcTemplate jdbc, JobRepository jobRepository, JobOperator jobOperator) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** Why a step left UNKNOWN is marked FAILED. */
    public static final String ROLLED_BACK = "the step's last commit failed (a full disk, for example) and was rolled back; "
            + "run the same command again (or ./metrokaart restart) to resume it";

    @Override
    public void afterSingletonsInstantiated() {
        failUnknown();
        List<Long> running = jdbc.queryForList(
                "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY 1", Long.class);
        for (long id : running) {
            JobExecution execution = jobRepository.getJobExecution(id);
            if (execution == null || !execution.isRunning()) {
                continue;
            }
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(INTERRUPTED));
                }
            }
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(INTERRUPTED));
            jobOperator.recover(execution);
            String note = "Run " + id + " (" + execution.getJobInstance().getJobName() + ", started "
                    + execution.getStartTime() + ") was interrupted; it is marked " + BatchStatus.FAILED
                    + " and the same command resumes it.";
            LOG.warn(note);
            recovered.add(note);
        }
    }

    /**
     * A step whose commit failed is left UNKNOWN ("may have been committed"), which Spring Batch never
     * restarts. Here its rows and its bookkeeping share one DuckDB transaction, and a failed DuckDB
     * commit keeps nothing of it: the step did not happen, so it is FAILED and the same command resumes it.
     */
    private void failUnknown() {
        int steps = jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = ? "
                + "WHERE STATUS = 'UNKNOWN'", ROLLED_BACK);
        int jobs = jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = ? "
                + "WHERE STATUS = 'UNKNOWN'", ROLLED_BACK);
        if (steps + jobs > 0) {
            String note = steps + " step(s) of a run whose last commit failed were marked " + BatchStatus.FAILED
                    + "; the same command resumes the run.";
            LOG.warn(note);
            recovered.add(note);
        }
    }

    /** What was found and marked on opening, for the terminal. */
    public List<String> recovered() {
        return List.copyOf(recovered);
    }
}
