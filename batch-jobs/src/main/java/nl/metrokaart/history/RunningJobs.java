package nl.metrokaart.history;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The job this process is running, so that a stop request (SIGTERM to schedule) can reach it.
 * Stopping is cooperative and in memory: the running step is marked to end after the unit it is
 * on (for an ingest step, the file it is loading), and no further step starts; the job thread
 * then records the run as STOPPED itself. (Spring Batch's JobOperator.stop writes the
 * repository from the stopping thread, which on DuckDB conflicts with the running step's
 * transaction.) A stopped run is resumed like a failed one.
 */
@Component
public class RunningJobs implements JobExecutionListener {

    private final AtomicReference<JobExecution> current = new AtomicReference<>();
    private final AtomicReference<JobExecution> last = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current.set(jobExecution);
        last.set(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current.compareAndSet(jobExecution, null);
    }

    /**
     * The job this process started last, with its failures in memory, or null: when the repository
     * could not record its end (a full disk), the launcher's error hides why the job failed, and the
     * job's end (afterJob) is not even reached; this still knows.
     */
    public JobExecution last() {
        return last.get();
    }

    /** The job running now, or null. */
    public JobExecution current() {
        JobExecution execution = current.get();
        return execution != null && execution.isRunning() ? execution : null;
    }

    /** Asks the running job, if any, to stop at its next safe point; returns it, or null. */
    public synchronized JobExecution requestStop() {
        JobExecution execution = current();
        if (execution == null) {
            return null;
        }
        execution.setStatus(BatchStatus.STOPPING);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setTerminateOnly();
            }
        }
        return execution;
    }
}
