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
 * The impact report job: the funder's workbook over a programme period, per quarter, read from the marts.
 * Parameters: {@code from} and {@code to} (YYYY-MM), {@code lang} (nl|en), {@code out} (folder).
 */
@Configuration(proxyBeanMethods = false)
public class ImpactReportJobConfiguration {

    public static final String JOB = "impactReport";
    public static final String FROM = "from";
    public static final String TO = "to";

    @Bean
    public Job impactReportJob(JobRepository jobRepository, Step impactReportStep) {
        return new JobBuilder(JOB, jobRepository).start(impactReportStep).build();
    }

    @Bean
    public Step impactReportStep(JobRepository jobRepository, PlatformTransactionManager tm, ImpactReportQueries queries,
                                 LeercultuurQueries leercultuur, TargetQueries targets) {
        return new StepBuilder("impactReport", jobRepository).tasklet(new ImpactReportTasklet(queries, leercultuur, targets), tm).build();
    }
}
