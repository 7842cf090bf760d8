package nl.metrokaart.ingest.followups;

import java.util.List;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.ingest.CsvColumns;
import nl.metrokaart.ingest.CsvFileLoader;
import nl.metrokaart.ingest.IngestJobConfiguration;
import nl.metrokaart.ingest.IngestStep;
import nl.metrokaart.ingest.IngestedFiles;
import nl.metrokaart.ingest.InputKind;
import nl.metrokaart.privacy.ParticipantIdentities;
import nl.metrokaart.privacy.Pseudonyms;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The follow-ups step of the ingest (followups.csv): the vervolgtrajecten of participants and of
 * companies as a whole. Checks and merge in {@code followups-checked.sql} and {@code followups-merge.sql}.
 */
@Configuration(proxyBeanMethods = false)
public class FollowupsConfiguration {

    @Bean
    public IngestStep followupsStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                    Pseudonyms pseudonyms, MetrokaartProperties properties, ParticipantIdentities identities) {
        // participant_email and company_kvk are each optional as columns; a row needs one of them,
        // which the checks enforce (a file with neither column has every row rejected, and is refused).
        CsvColumns columns = new CsvColumns(InputKind.FOLLOWUPS,
                List.of("type", "start_date"),
                List.of("participant_email", "company_kvk", "provider", "run_code"),
                IngestJobConfiguration.aliases(properties, InputKind.FOLLOWUPS));
        CsvFileLoader loader = IngestJobConfiguration.csvLoader(columns, jdbc, ledger, pseudonyms, properties)
                .afterMerge(() -> identities.remember("followup_checked", "participant_email", "reject_reason IS NULL"));
        return IngestJobConfiguration.filesStep(loader, IngestStep.FOLLOWUPS, jobRepository, tm, ledger);
    }
}
