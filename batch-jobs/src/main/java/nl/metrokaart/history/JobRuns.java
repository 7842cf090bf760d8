package nl.metrokaart.history;

import java.util.Comparator;
import java.util.List;

import nl.metrokaart.UserInputException;
import nl.metrokaart.warehouse.SnapshotPublisher;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts jobs for the command line and says how they ended. Starting a job whose last run with
 * the same parameters failed resumes that run (Spring Batch skips its completed steps); one
 * that completed before is reported as already done, not run twice.
 */
@Component
public class JobRuns {

    /** The exit code of an ingest step that refused a file as a whole (the run goes on with the other files). */
    public static final String REFUSED = "REFUSED";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final List<Job> jobs;
    private final SnapshotPublisher snapshot;
    private final RunningJobs runningJobs;

    public JobRuns(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, SnapshotPublisher snapshot,
                   RunningJobs runningJobs) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.snapshot = snapshot;
        this.runningJobs = runningJobs;
    }

    /** The finished execution, or empty when these parameters completed before. */
    public java.util.Optional<JobExecution> start(Job job, JobParameters parameters) {
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return alreadyComplete(job, parameters);
        } catch (Exception e) {
            // The repository could not record the end (a full disk): the job's own failures say why.
            JobExecution last = runningJobs.last();
            java.util.Optional<String> diskFull = nl.metrokaart.warehouse.DiskFull.describe(e)
                    .or(() -> last == null ? java.util.Optional.empty() : nl.metrokaart.warehouse.DiskFull.describe(last.getAllFailureExceptions()));
            if (diskFull.isPresent()) {
                org.slf4j.LoggerFactory.getLogger(JobRuns.class).error("job {} failed: disk full", job.getName(), e);
                throw new UserInputException("Job " + job.getName() + " failed: " + diskFull.get());
            }
            throw new IllegalStateException("could not start job " + job.getName() + ": " + e.getMessage(), e);
        } finally {
            // Whatever the job did to the warehouse, completed or failed: analysts read it from now on.
            snapshot.publish();
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new JobFailedException(execution);
        }
        return java.util.Optional.of(execution);
    }

    private java.util.Optional<JobExecution> alreadyComplete(Job job, JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
            throw new UserInputException("Run " + last.getId() + " (" + job.getName() + ") with the same input was abandoned "
                    + "(./metrokaart abandon), so it is not resumed. To do the work anyway, start it anew with other input: "
                    + "for a delivery, copy it to a folder of another name (files that loaded before are recognised by content "
                    + "and not loaded twice).");
        }
        return java.util.Optional.empty();
    }

    /** A run by its id, as history lists it. */
    public JobExecution execution(long runId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(runId);
        } catch (org.springframework.dao.EmptyResultDataAccessException none) {
            execution = null;
        }
        if (execution == null) {
            throw new UserInputException("There is no run " + runId + " in this warehouse; ./metrokaart history lists the runs.");
        }
        return execution;
    }

    /** The job a run belongs to. */
    public Job job(JobExecution execution) {
        String name = execution.getJobInstance().getJobName();
        return jobs.stream().filter(j -> j.getName().equals(name)).findFirst()
                .orElseThrow(() -> new UserInputException("Run " + execution.getId() + " is of job '" + name + "', which this version does not have."));
    }

    /**
     * The run a restart of {@code runId} would resume: the latest run of its job instance (a run
     * resumed before lives on in a later run). Refused with a reason when there is nothing to resume.
     */
    public JobExecution resumable(long runId) {
        JobExecution given = execution(runId);
        JobExecution latest = jobRepository.getLastJobExecution(given.getJobInstance());
        latest = latest == null ? given : latest;
        String job = "Run " + runId + " (" + given.getJobInstance().getJobName() + ")";
        String which = latest.getId() == runId ? job : job + " was resumed as run " + latest.getId() + ", which";
        switch (latest.getStatus()) {
            case COMPLETED:
                throw new UserInputException(which + " completed: there is nothing to restart.");
            case ABANDONED:
                throw new UserInputException(which + " was abandoned: an abandoned run is not resumed. Start the work anew.");
            case STARTING:
            case STARTED:
            case STOPPING:
                throw new UserInputException(which + " is still running.");
            default:
                return latest;
        }
    }

    /** Resumes a failed or stopped run at the step where it stopped: the same job with the same parameters. */
    public java.util.Optional<JobExecution> restart(long runId) {
        JobExecution latest = resumable(runId);
        return start(job(latest), latest.getJobParameters());
    }

    /** Gives a failed or stopped run up: it is never resumed; the work it did stays done. */
    public JobExecution abandon(long runId) {
        JobExecution latest = resumable(runId);
        try {
            return jobOperator.abandon(latest);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
            throw new UserInputException("Run " + latest.getId() + " is still running: it cannot be abandoned.");
        } finally {
            snapshot.publish();
        }
    }

    /** A job run that did not complete: its message names the step and the reason. */
    public static class JobFailedException extends UserInputException {

        private final transient JobExecution execution;

        public JobFailedException(JobExecution execution) {
            super(describe(execution));
            this.execution = execution;
        }

        public JobExecution execution() {
            return execution;
        }

        private static String describe(JobExecution execution) {
            StepExecution failed = execution.getStepExecutions().stream()
                    .filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.UNKNOWN)
                    .max(Comparator.comparing(StepExecution::getId))
                    .orElse(null);
            if (failed == null) {
                // A step that refused its file ended the job (the catalogue): its exit description says why.
                StepExecution refused = execution.getStepExecutions().stream()
                        .filter(s -> REFUSED.equals(s.getExitStatus().getExitCode()))
                        .findFirst().orElse(null);
                if (refused != null) {
                    return "Job " + execution.getJobInstance().getJobName() + " (run " + execution.getId() + ") failed at step '"
                            + refused.getStepName() + "': " + refused.getExitStatus().getExitDescription();
                }
            }
            List<Throwable> failures = failed != null && !failed.getFailureExceptions().isEmpty()
                    ? failed.getFailureExceptions() : execution.getAllFailureExceptions();
            String where = failed == null ? "" : " at step '" + failed.getStepName() + "'";
            // A full disk often shows as a later failure ("cannot commit - no transaction is active"): look at every cause.
            java.util.Optional<String> diskFull = nl.metrokaart.warehouse.DiskFull.describe(execution.getAllFailureExceptions());
            String why = diskFull.isPresent() ? diskFull.get()
                    : failures.isEmpty() ? execution.getExitStatus().getExitDescription() : reason(failures.get(0));
            return "Job " + execution.getJobInstance().getJobName() + " (run " + execution.getId() + ") failed" + where + ": " + why
                    + System.lineSeparator() + "Fix the cause and run the same command again (or ./metrokaart restart " + execution.getId()
                    + "): it resumes at the failed step.";
        }

        private static String reason(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof UserInputException) {
                    return t.getMessage();
                }
            }
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = failure.getMessage() == null ? "" : failure.getMessage();
            return root == failure ? root.getClass().getSimpleName() + ": " + message
                    : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
    }
}
