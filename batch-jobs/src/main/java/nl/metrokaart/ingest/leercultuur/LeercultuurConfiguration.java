package nl.metrokaart.ingest.leercultuur;

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
 * The leercultuurscan step of the ingest (opleidingsbeleid): survey exports with per company and
 * respondent a score on each dimension the catalogue configures. After companies and enrolments,
 * against which a scan's company is checked.
 */
@Configuration(proxyBeanMethods = false)
public class LeercultuurConfiguration {

    @Bean
    public IngestStep leercultuurscansStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestedFiles ledger, JdbcTemplate jdbc,
                                           Pseudonyms pseudonyms, MetrokaartProperties properties) {
        // The long shape every scan is checked in; LeercultuurLoader stages each file into it.
        CsvColumns checked = new CsvColumns(InputKind.LEERCULTUURSCANS, List.of("company_kvk"), ScanLayout.FIXED, java.util.Map.of());
        CsvFileLoader checks = new CsvFileLoader(checked, "nl/metrokaart/ingest/leercultuur", jdbc, ledger, pseudonyms,
                properties.getIngest().getWorkFolder());
        LeercultuurLoader loader = new LeercultuurLoader(checks, jdbc, IngestJobConfiguration.aliases(properties, InputKind.LEERCULTUURSCANS),
                properties.getIngest().getWorkFolder());
        return IngestJobConfiguration.filesStep(loader, IngestStep.LEERCULTUURSCANS, jobRepository, tm, ledger);
    }
}
