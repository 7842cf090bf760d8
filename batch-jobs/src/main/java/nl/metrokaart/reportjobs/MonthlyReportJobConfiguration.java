package nl.metrokaart.reportjobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly report job: the board's workbook for one month, read from the marts.
 * Parameters: {@code month} (YYYY-MM), {@code lang} (nl|en), {@code out} (folder).
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportJobConfiguration {

    public static final String JOB = "monthlyReport";
    public static final String MONTH = "month";
    public static final String LANG = "lang";
    public static final String OUT = "out";
    /** "true" to write the board pack as PDF beside the workbook (report monthly/impact --pdf); absent otherwise. */
    public static final String PDF = "pdf";

    @Bean
    public Job monthlyReportJob(JobRepository jobRepository, Step monthlyReportStep, nl.metrokaart.history.RunningJobs runningJobs) {
        return new JobBuilder(JOB, jobRepository).listener(runningJobs).start(monthlyReportStep).build();
    }

    @Bean
    public Step monthlyReportStep(JobRepository jobRepository, PlatformTransactionManager tm, MonthlyReportQueries queries,
                                  LeercultuurQueries leercultuur, TargetQueries targets, MetrokaartMapQueries map) {
        return new StepBuilder("monthlyReport", jobRepository)
                .tasklet(new MonthlyReportTasklet(queries, leercultuur, targets, map), tm).build();
    }
}
