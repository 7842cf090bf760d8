package nl.metrokaart.ingest.badges;

import java.util.List;
import javax.sql.DataSource;

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
 * The badges step: every file under badges/ (or named after badges, assertions or credentials),
 * after the enrolments, since recipients are matched against participants known from them.
 */
@Configuration(proxyBeanMethods = false)
public class BadgesStepConfiguration {

    @Bean
    public IngestStep badgesStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                 DataSource dataSource, Pseudonyms pseudonyms, ParticipantIdentities identities,
                                 MetrokaartProperties properties) {
        // edubadges CSV: the recipient is a plain address; acceptance is only known in this shape.
        CsvColumns edubadges = new CsvColumns(InputKind.BADGES,
                List.of("recipient_email", "badgeclass", "issued_on"),
                List.of("acceptance", "revoked", "revocation_reason", "expires_at", "assertion_id"),
                IngestJobConfiguration.aliases(properties, InputKind.BADGES));
        CsvFileLoader csv = IngestJobConfiguration.csvLoader(edubadges, jdbc, ledger, pseudonyms, properties);
        OpenBadgesJsonLoader json = new OpenBadgesJsonLoader(jdbc, dataSource, ledger, new RecipientMatcher(jdbc, identities));
        return IngestJobConfiguration.filesStep(new BadgesFileLoader(csv, json, pseudonyms, jdbc), IngestStep.BADGES, jobRepository, tm, ledger);
    }
}
