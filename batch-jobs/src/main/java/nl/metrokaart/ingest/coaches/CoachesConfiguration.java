package nl.metrokaart.ingest.coaches;

import java.util.List;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.ingest.CsvColumns;
import nl.metrokaart.ingest.CsvFileLoader;
import nl.metrokaart.ingest.IngestJobConfiguration;
import nl.metrokaart.ingest.IngestStep;
import nl.metrokaart.ingest.IngestedFiles;
import nl.metrokaart.ingest.InputKind;
import nl.metrokaart.privacy.Pseudonyms;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The train-the-trainer steps of the ingest: the workplace coaches the pps trained
 * (werkplekcoaches.csv), then what they did (coachactiviteiten.csv), after the coaches so that a
 * delivery's activities find the coaches of the same delivery. Both files' SQL lives in
 * {@code nl/metrokaart/ingest/coaches/}: {@code coaches-*.sql} and {@code coaching-*.sql}.
 */
@Configuration(proxyBeanMethods = false)
public class CoachesConfiguration {

    private static final String SQL = "nl/metrokaart/ingest/coaches";

    @Bean
    public IngestStep coachesStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                  Pseudonyms pseudonyms, MetrokaartProperties properties) {
        CsvColumns columns = new CsvColumns(InputKind.COACHES,
                List.of("coach_email", "trained_on"),
                List.of("company_kvk", "track"),
                IngestJobConfiguration.aliases(properties, InputKind.COACHES));
        return IngestJobConfiguration.filesStep(loader(columns, jdbc, ledger, pseudonyms, properties), IngestStep.COACHES,
                jobRepository, tm, ledger);
    }

    @Bean
    public IngestStep coachingStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                   Pseudonyms pseudonyms, MetrokaartProperties properties) {
        // The colleagues may be given as a number, as addresses or both; a row needs one, which the checks enforce.
        CsvColumns columns = new CsvColumns(InputKind.COACHING,
                List.of("coach_email", "activity_date"),
                List.of("colleagues_count", "colleague_emails", "hours"),
                IngestJobConfiguration.aliases(properties, InputKind.COACHING));
        return IngestJobConfiguration.filesStep(loader(columns, jdbc, ledger, pseudonyms, properties), IngestStep.COACHING,
                jobRepository, tm, ledger);
    }

    private static CsvFileLoader loader(CsvColumns columns, JdbcTemplate jdbc, IngestedFiles ledger, Pseudonyms pseudonyms,
                                        MetrokaartProperties properties) {
        return new CsvFileLoader(columns, SQL, jdbc, ledger, pseudonyms, properties.getIngest().getWorkFolder());
    }
}
