package nl.metrokaart.ingest;

import java.nio.file.Path;
import java.util.List;

import nl.metrokaart.ingest.Delivery.DeliveryFile;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads the delivery's files of one kind, one file per call. Each call is its own transaction
 * (rows, rejects, ledger and step bookkeeping together), so a crash never leaves half a file,
 * and a restart resumes at the first file the ledger does not hold yet.
 */
public class IngestFilesTasklet implements Tasklet {

    private final FileLoader loader;
    private final IngestedFiles ledger;

    public IngestFilesTasklet(FileLoader loader, IngestedFiles ledger) {
        this.loader = loader;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<DeliveryFile> pending = pendingFiles(chunkContext);
        if (pending.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        DeliveryFile file = pending.get(0);
        ledger.begin();
        FileLoader.Counts counts = loader.load(file);
        ledger.record(file, counts.read(), counts.loaded(), chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        contribution.incrementWriteCount(counts.loaded());
        return pending.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private List<DeliveryFile> pendingFiles(ChunkContext chunkContext) {
        Path folder = Path.of(String.valueOf(chunkContext.getStepContext().getJobParameters().get(IngestJobConfiguration.DELIVERY)));
        List<DeliveryFile> files = Delivery.scan(folder).filesOf(loader.kind());
        if (loader.kind() == InputKind.CATALOGUE) {
            checkOneCatalogue(files);
        }
        return files.stream().filter(f -> !ledger.contains(f)).toList();
    }

    private void checkOneCatalogue(List<DeliveryFile> catalogues) {
        if (catalogues.size() > 1) {
            throw new FileRejectedException(catalogues.get(1).relativeName(), "a delivery holds one catalogue, but it has "
                    + catalogues.stream().map(DeliveryFile::relativeName).toList() + "; keep only metrokaart.yaml");
        }
        if (catalogues.isEmpty() && !ledger.hasCatalogue()) {
            throw new nl.metrokaart.UserInputException("The delivery has no metrokaart.yaml and the warehouse holds no catalogue yet: "
                    + "put the catalogue in the delivery folder.");
        }
    }
}
