package nl.metrokaart.jobs;

import java.util.Comparator;
import java.util.List;

import nl.metrokaart.UserInputException;
import nl.metrokaart.ingest.IngestFilesTasklet;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts jobs for the command line and says how they ended. Starting a job whose last run with
 * the same parameters failed resumes that run (Spring Batch skips its completed steps); one
 * that completed before is reported as already done, not run twice.
 */
@Component
public class JobRuns {

    private final JobOperator jobOperator;

    public JobRuns(JobOperator jobOperator) {
        this.jobOperator = jobOperator;
    }

    /** The finished execution, or empty when these parameters completed before. */
    public java.util.Optional<JobExecution> start(Job job, JobParameters parameters) {
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new JobFailedException(execution);
            }
            return java.util.Optional.of(execution);
        } catch (JobInstanceAlreadyCompleteException e) {
            return java.util.Optional.empty();
        } catch (JobFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not start job " + job.getName() + ": " + e.getMessage(), e);
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
                    .filter(s -> s.getStatus() == BatchStatus.FAILED)
                    .max(Comparator.comparing(StepExecution::getId))
                    .orElse(null);
            if (failed == null) {
                // A step that refused its file ended the job (the catalogue): its exit description says why.
                StepExecution refused = execution.getStepExecutions().stream()
                        .filter(s -> IngestFilesTasklet.REFUSED.equals(s.getExitStatus().getExitCode()))
                        .findFirst().orElse(null);
                if (refused != null) {
                    return "Job " + execution.getJobInstance().getJobName() + " (run " + execution.getId() + ") failed at step '"
                            + refused.getStepName() + "': " + refused.getExitStatus().getExitDescription();
                }
            }
            List<Throwable> failures = failed != null && !failed.getFailureExceptions().isEmpty()
                    ? failed.getFailureExceptions() : execution.getAllFailureExceptions();
            String where = failed == null ? "" : " at step '" + failed.getStepName() + "'";
            String why = failures.isEmpty() ? execution.getExitStatus().getExitDescription() : reason(failures.get(0));
            return "Job " + execution.getJobInstance().getJobName() + " (run " + execution.getId() + ") failed" + where + ": " + why
                    + System.lineSeparator() + "Fix the cause and run the same command again: it resumes at the failed step.";
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
