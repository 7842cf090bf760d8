package nl.metrokaart;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Spring context behind every command that touches the warehouse. It is started by
 * {@link nl.metrokaart.cli.Launcher} only after the command line parsed, so a usage error
 * never waits for Spring or the warehouse.
 *
 * <p>Wired explicitly, for a quicker start: its components are listed here instead of found by
 * scanning the class path (which read every class file of the application on each command;
 * {@code ApplicationComponentsTest} fails when a component is missing from the list), and no
 * auto-configuration runs but property placeholders: the warehouse makes its own data source and
 * transaction manager and {@code BatchRepositoryConfiguration} the job repository, so Boot's
 * candidates (data source, JDBC templates, transactions, AOP, task executors, the batch job runner)
 * were each evaluated on every start only to back off or make beans nothing used.
 */
@SpringBootConfiguration
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
@EnableConfigurationProperties(MetrokaartProperties.class)
@Import({
        nl.metrokaart.backup.WarehouseBackups.class,
        nl.metrokaart.history.JobRuns.class,
        nl.metrokaart.history.RunHistory.class,
        nl.metrokaart.history.RunningJobs.class,
        nl.metrokaart.history.StaleRuns.class,
        nl.metrokaart.ingest.IngestJobConfiguration.class,
        nl.metrokaart.ingest.IngestedFiles.class,
        nl.metrokaart.ingest.PseudonymKeyCheck.class,
        nl.metrokaart.ingest.assessments.AssessmentsConfiguration.class,
        nl.metrokaart.ingest.badges.BadgesStepConfiguration.class,
        nl.metrokaart.ingest.catalogue.CatalogueLoader.class,
        nl.metrokaart.ingest.coaches.CoachesConfiguration.class,
        nl.metrokaart.ingest.followups.FollowupsConfiguration.class,
        nl.metrokaart.ingest.leercultuur.LeercultuurConfiguration.class,
        nl.metrokaart.pipeline.Deliveries.class,
        nl.metrokaart.pipeline.RunJobConfiguration.class,
        nl.metrokaart.privacy.ErasedAtIngest.class,
        nl.metrokaart.privacy.ParticipantData.class,
        nl.metrokaart.privacy.ParticipantIdentities.class,
        nl.metrokaart.privacy.PseudonymKey.class,
        nl.metrokaart.privacy.Pseudonyms.class,
        nl.metrokaart.reportjobs.ImpactReportJobConfiguration.class,
        nl.metrokaart.reportjobs.ImpactReportQueries.class,
        nl.metrokaart.reportjobs.LeercultuurQueries.class,
        nl.metrokaart.reportjobs.MapReportJobConfiguration.class,
        nl.metrokaart.reportjobs.MetrokaartMapQueries.class,
        nl.metrokaart.reportjobs.MonthlyReportJobConfiguration.class,
        nl.metrokaart.reportjobs.MonthlyReportQueries.class,
        nl.metrokaart.reportjobs.PlanReportJobConfiguration.class,
        nl.metrokaart.reportjobs.PlanReportQueries.class,
        nl.metrokaart.reportjobs.TargetQueries.class,
        nl.metrokaart.warehouse.BatchRepositoryConfiguration.class,
        nl.metrokaart.warehouse.SnapshotPublisher.class,
        nl.metrokaart.warehouse.WarehouseConfiguration.class,
        nl.metrokaart.warehouse.WarehouseStatus.class,
})
public class MetrokaartApplication {
}
