package nl.metrokaart.ingest;

import java.util.List;
import java.util.Map;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.ingest.catalogue.CatalogueLoader;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: one delivery folder into the warehouse. The catalogue comes first, since
 * every other input is checked against it; its errors stop the job before data is touched.
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
    public Job ingestJob(JobRepository jobRepository, Step catalogueStep, Step companiesStep, Step enrolmentsStep, Step unrecognisedStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(catalogueStep)
                .next(companiesStep)
                .next(enrolmentsStep)
                .next(unrecognisedStep)
                .build();
    }

    @Bean
    public Step catalogueStep(JobRepository jobRepository, PlatformTransactionManager tm, CatalogueLoader loader, IngestedFiles ledger) {
        return filesStep("catalogue", loader, jobRepository, tm, ledger);
    }

    @Bean
    public Step companiesStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                              Pseudonyms pseudonyms, MetrokaartProperties properties) {
        CsvColumns columns = new CsvColumns(InputKind.COMPANIES,
                List.of("kvk"),
                List.of("name", "sbi", "sector", "employees", "region"),
                aliases(properties, InputKind.COMPANIES));
        return filesStep("companies", csvLoader(columns, "companies", jdbc, ledger, pseudonyms, properties), jobRepository, tm, ledger);
    }

    @Bean
    public Step enrolmentsStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                               Pseudonyms pseudonyms, MetrokaartProperties properties) {
        CsvColumns columns = new CsvColumns(InputKind.ENROLMENTS,
                List.of("enrolment_id", "run_code", "lijn_code", "module_code", "session_date", "participant_email", "status"),
                List.of("participant_name", "company_kvk", "role", "attendance"),
                aliases(properties, InputKind.ENROLMENTS));
        return filesStep("enrolments", csvLoader(columns, "enrolments", jdbc, ledger, pseudonyms, properties), jobRepository, tm, ledger);
    }

    @Bean
    public Step unrecognisedStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger) {
        return new StepBuilder("unrecognised", jobRepository).tasklet(new UnrecognisedFilesTasklet(ledger), tm).build();
    }

    private static Step filesStep(String name, FileLoader loader, JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger) {
        return new StepBuilder(name, jobRepository).tasklet(new IngestFilesTasklet(loader, ledger), tm).build();
    }

    private static CsvFileLoader csvLoader(CsvColumns columns, String folder, JdbcTemplate jdbc, IngestedFiles ledger, Pseudonyms pseudonyms,
                                           MetrokaartProperties properties) {
        return new CsvFileLoader(columns, "nl/metrokaart/ingest/" + folder, jdbc, ledger, pseudonyms, properties.getIngest().getWorkFolder());
    }

    private static Map<String, List<String>> aliases(MetrokaartProperties properties, InputKind kind) {
        return properties.getIngest().aliasesOf(kind.code());
    }
}
