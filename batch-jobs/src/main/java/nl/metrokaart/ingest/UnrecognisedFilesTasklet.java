package nl.metrokaart.ingest;

import java.nio.file.Path;

import nl.metrokaart.ingest.Delivery.DeliveryFile;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Files no loader recognises are kept in the ledger with the reason, so that `status` and the
 * data-quality sheet show them: a delivery never loses a file silently.
 */
public class UnrecognisedFilesTasklet implements Tasklet {

    static final String REASON = "not recognised as an input: name the file after what it holds (metrokaart.yaml, companies.csv, "
            + "enrolments.csv, badges/..., assessments.csv or .xlsx, followups.csv, "
            + "werkplekcoaches.csv, coachactiviteiten.csv)";

    private final IngestedFiles ledger;

    public UnrecognisedFilesTasklet(IngestedFiles ledger) {
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path folder = Path.of(String.valueOf(chunkContext.getStepContext().getJobParameters().get(IngestJobConfiguration.DELIVERY)));
        Long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        for (DeliveryFile file : Delivery.scan(folder).filesOf(InputKind.UNRECOGNISED)) {
            if (!ledger.contains(file)) {
                ledger.begin();
                ledger.addFileReject(REASON);
                ledger.record(file, 0, 0, jobExecutionId);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
