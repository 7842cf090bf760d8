package nl.metrokaart.ingest.assessments;

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

/** The assessments step of the ingest: the delivery's assessment CSVs and survey workbooks. */
@Configuration(proxyBeanMethods = false)
public class AssessmentsConfiguration {

    @Bean
    public IngestStep assessmentsStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                      DataSource dataSource, Pseudonyms pseudonyms, MetrokaartProperties properties,
                                      ParticipantIdentities identities) {
        CsvColumns columns = new CsvColumns(InputKind.ASSESSMENTS,
                List.of("participant_email", "skill_code", "level", "assessed_on"),
                List.of("moment", "source"),
                IngestJobConfiguration.aliases(properties, InputKind.ASSESSMENTS));
        // Assessments may come before the enrolments that name the same people: remember their
        // addresses too, so that badges for them can be matched.
        CsvFileLoader checks = IngestJobConfiguration.csvLoader(columns, jdbc, ledger, pseudonyms, properties)
                .afterMerge(() -> identities.remember("assessment_checked", "participant_email", "reject_reason IS NULL"));
        AssessmentsLoader loader = new AssessmentsLoader(checks, new SurveyStaging(jdbc, dataSource, columns), jdbc);
        return IngestJobConfiguration.filesStep(loader, IngestStep.ASSESSMENTS, jobRepository, tm, ledger);
    }
}
