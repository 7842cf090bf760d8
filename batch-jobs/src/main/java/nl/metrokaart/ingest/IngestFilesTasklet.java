package nl.metrokaart.ingest;

import java.nio.file.Path;
import java.util.List;

import nl.metrokaart.UserInputException;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.ingest.Delivery.DeliveryFile;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads the delivery's files of one kind, one file per call. Each call is its own transaction
 * (rows, rejects, ledger and step bookkeeping together), so a crash never leaves half a file,
 * and a restart resumes at the first file the ledger does not hold yet.
 *
 * <p>A file that cannot be loaded as a whole is refused (kept in {@code refused_file} with
 * the reason) and the other files go on loading; the step then ends with exit code
 * {@value #REFUSED}, so the job goes on with the rest of the delivery and its verdict step
 * fails the run. Loaders raise such problems before they write anything (see {@link FileLoader}).
 * Anything unexpected fails the step, which ends the job; the same command resumes it.
 */
public class IngestFilesTasklet implements Tasklet {

    public static final String REFUSED = JobRuns.REFUSED;

    private final FileLoader loader;
    private final IngestedFiles ledger;
    private final IngestProgress progress = new IngestProgress();

    public IngestFilesTasklet(FileLoader loader, IngestedFiles ledger) {
        this.loader = loader;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long jobExecutionId = step.getJobExecutionId();
        long jobInstanceId = step.getJobExecution().getJobInstance().getInstanceId();
        List<DeliveryFile> files = files(chunkContext);
        // One query per call for the whole kind: a delivery of one file per assertion has thousands.
        java.util.Set<String> loaded = ledger.loaded(files);
        java.util.Set<String> refusedBefore = new java.util.HashSet<>(ledger.refusedInJob(files, jobInstanceId));
        List<DeliveryFile> pending = files.stream()
                .filter(f -> !loaded.contains(f.sha256()) && !refusedBefore.contains(f.sha256()))
                .toList();
        if (pending.isEmpty()) {
            return finished(contribution, files, refusedBefore, jobInstanceId);
        }
        DeliveryFile file = pending.get(0);
        IngestProgress.Running running = progress.start(loader.kind().code(), file, files.size() - pending.size(), files.size(), pending);
        ledger.begin();
        try {
            FileLoader.Counts counts = ledger.withoutErased(file, loader.load(file));
            ledger.record(file, counts.read(), counts.loaded(), jobExecutionId);
            contribution.incrementWriteCount(counts.loaded());
            running.done(counts.read(), "loaded");
        } catch (UserInputException refusal) {
            // A statement DuckDB gave up on aborts the transaction: undo the file, then keep the refusal.
            ledger.discardFile();
            ledger.refuse(file, refusal.getMessage(), jobExecutionId);
            refusedBefore.add(file.sha256());
            running.done(0, "REFUSED");
        } catch (RuntimeException failure) {
            running.done(0, "failed");
            throw failure;
        }
        // The last file ends the step in its own transaction: one more call would only find nothing
        // pending (a chunk of bookkeeping statements per step, on every run).
        return pending.size() == 1 ? finished(contribution, files, refusedBefore, jobInstanceId) : RepeatStatus.CONTINUABLE;
    }

    /** Ends the step; with the refused files of this job's kind, and why, as its exit status. */
    private RepeatStatus finished(StepContribution contribution, List<DeliveryFile> files, java.util.Set<String> refusedInJob, long jobInstanceId) {
        List<String> refused = files.stream().filter(f -> refusedInJob.contains(f.sha256()))
                .map(f -> ledger.refusal(f, jobInstanceId)).toList();
        if (!refused.isEmpty()) {
            contribution.setExitStatus(new ExitStatus(REFUSED, String.join("\n", refused)));
        }
        return RepeatStatus.FINISHED;
    }

    private List<DeliveryFile> files(ChunkContext chunkContext) {
        Path folder = Path.of(String.valueOf(chunkContext.getStepContext().getJobParameters().get(IngestJobConfiguration.DELIVERY)));
        List<DeliveryFile> files = Delivery.scan(folder).filesOf(loader.kind());
        if (loader.kind() == InputKind.CATALOGUE) {
            checkOneCatalogue(files);
        }
        return files;
    }

    private void checkOneCatalogue(List<DeliveryFile> catalogues) {
        if (catalogues.size() > 1) {
            throw new FileRejectedException(catalogues.get(1).relativeName(), "a delivery holds one catalogue, but it has "
                    + catalogues.stream().map(DeliveryFile::relativeName).toList() + "; keep only metrokaart.yaml");
        }
        if (catalogues.isEmpty() && !ledger.hasCatalogue()) {
            throw new UserInputException("The delivery has no metrokaart.yaml and the warehouse holds no catalogue yet: "
                    + "put the catalogue in the delivery folder.");
        }
    }
}
