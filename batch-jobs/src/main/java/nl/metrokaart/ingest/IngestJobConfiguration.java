package nl.metrokaart.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.RunningJobs;
import nl.metrokaart.ingest.catalogue.CatalogueLoader;
import nl.metrokaart.privacy.ParticipantIdentities;
import nl.metrokaart.privacy.Pseudonyms;
import nl.metrokaart.warehouse.Models;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.FlowJobBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: one delivery folder into the warehouse, one step per input kind
 * ({@link IngestStep} beans, in their order). The catalogue comes first and its failure ends
 * the job before data is touched; any other step may fail (a refused file) while the rest of
 * the delivery still loads, and the closing verdict step then fails the job.
 *
 * <p>Parameters: {@code delivery} (absolute folder) and {@code fingerprint} (its content), both
 * identifying: the same content again is recognised as done, a failed run is resumed by
 * running the same command again.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB = "ingest";
    public static final String DELIVERY = "delivery";
    public static final String FINGERPRINT = "fingerprint";

    @Bean
    public Job ingestJob(JobRepository jobRepository, List<IngestStep> ingestSteps, Step modelsStep, Step verdictStep,
                         RunningJobs runningJobs, PseudonymKeyCheck keyCheck) {
        return ingestFlow(new JobBuilder(JOB, jobRepository).listener(runningJobs).listener(keyCheck), ingestSteps, modelsStep)
                .to(verdictStep).end().build();
    }

    /**
     * The ingest steps in order. A step that fails ends the job (the same command resumes it);
     * one that refused a file (exit code REFUSED) lets the rest of the delivery load, except the
     * catalogue: nothing is loaded against a catalogue that was refused. Last, the models step
     * recomputes the materialised models from what was loaded.
     */
    public static FlowBuilder.TransitionBuilder<FlowJobBuilder> ingestFlow(JobBuilder job, List<IngestStep> ingestSteps, Step modelsStep) {
        List<Step> steps = new java.util.ArrayList<>(
                ingestSteps.stream().sorted(Comparator.comparingInt(IngestStep::order)).map(IngestStep::step).toList());
        steps.add(modelsStep);
        FlowBuilder<FlowJobBuilder> flow = job.start(steps.get(0))
                .on("FAILED").fail()
                .from(steps.get(0)).on(IngestFilesTasklet.REFUSED).fail();
        for (int i = 0; i < steps.size() - 1; i++) {
            flow = flow.from(steps.get(i)).on("FAILED").fail().from(steps.get(i)).on("*").to(steps.get(i + 1));
        }
        return flow.from(steps.get(steps.size() - 1)).on("FAILED").fail().from(steps.get(steps.size() - 1)).on("*");
    }

    /**
     * Recomputes the materialised models (see {@link Models}) once the delivery is in, unless the
     * delivery changed nothing (the fingerprint of the loaded data and the models is the same).
     */
    @Bean
    public Step modelsStep(JobRepository jobRepository, PlatformTransactionManager tm, DataSource dataSource) {
        return new StepBuilder("models", jobRepository).tasklet((contribution, chunk) -> {
            long start = System.nanoTime();
            boolean recomputed = new Models(dataSource).refreshIfChanged();
            org.slf4j.LoggerFactory.getLogger(IngestJobConfiguration.class).info(recomputed
                    ? "models recomputed in {} ms" : "models unchanged: data and definitions as at their last computation ({} ms)",
                    (System.nanoTime() - start) / 1_000_000);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    @Bean
    public Step verdictStep(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc) {
        return new StepBuilder("verdict", jobRepository).tasklet(new IngestVerdictTasklet(jdbc), tm).build();
    }

    @Bean
    public IngestStep catalogueStep(JobRepository jobRepository, PlatformTransactionManager tm, CatalogueLoader loader, IngestedFiles ledger) {
        return filesStep(loader, IngestStep.CATALOGUE, jobRepository, tm, ledger);
    }

    @Bean
    public IngestStep companiesStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                    Pseudonyms pseudonyms, MetrokaartProperties properties) {
        CsvColumns columns = new CsvColumns(InputKind.COMPANIES,
                List.of("kvk"),
                List.of("name", "sbi", "sector", "employees", "region"),
                aliases(properties, InputKind.COMPANIES));
        return filesStep(csvLoader(columns, jdbc, ledger, pseudonyms, properties), IngestStep.COMPANIES, jobRepository, tm, ledger);
    }

    @Bean
    public IngestStep enrolmentsStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                     Pseudonyms pseudonyms, MetrokaartProperties properties, ParticipantIdentities identities) {
        CsvColumns columns = new CsvColumns(InputKind.ENROLMENTS,
                List.of("enrolment_id", "run_code", "lijn_code", "module_code", "session_date", "participant_email", "status"),
                List.of("participant_name", "company_kvk", "role", "attendance"),
                aliases(properties, InputKind.ENROLMENTS));
        CsvFileLoader loader = csvLoader(columns, jdbc, ledger, pseudonyms, properties)
                .afterMerge(() -> identities.remember("file_participant"));
        return filesStep(loader, IngestStep.ENROLMENTS, jobRepository, tm, ledger);
    }

    @Bean
    public IngestStep unrecognisedStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger) {
        Step step = new StepBuilder("unrecognised", jobRepository).tasklet(new UnrecognisedFilesTasklet(ledger), tm).build();
        return new IngestStep(InputKind.UNRECOGNISED, IngestStep.UNRECOGNISED, step);
    }

    /** A step that loads every file of the loader's kind, named after the kind. */
    public static IngestStep filesStep(FileLoader loader, int order, JobRepository jobRepository, PlatformTransactionManager tm,
                                       IngestedFiles ledger) {
        Step step = new StepBuilder(loader.kind().code(), jobRepository).tasklet(new IngestFilesTasklet(loader, ledger), tm).build();
        return new IngestStep(loader.kind(), order, step);
    }

    /** A loader for a CSV kind whose SQL lives in {@code nl/metrokaart/ingest/<kind>/}. */
    public static CsvFileLoader csvLoader(CsvColumns columns, JdbcTemplate jdbc, IngestedFiles ledger, Pseudonyms pseudonyms,
                                          MetrokaartProperties properties) {
        return new CsvFileLoader(columns, "nl/metrokaart/ingest/" + columns.kind().code(), jdbc, ledger, pseudonyms,
                properties.getIngest().getWorkFolder());
    }

    public static Map<String, List<String>> aliases(MetrokaartProperties properties, InputKind kind) {
        return properties.getIngest().aliasesOf(kind.code());
    }
}
