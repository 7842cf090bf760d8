package nl.metrokaart.reportjobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.WrittenReport;
import nl.metrokaart.reports.plan.TrainingPlanWorkbook;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The opleidingsplan job: one company's plan at a report date, read from the marts.
 * Parameters: {@code kvk}, {@code date} (YYYY-MM-DD), {@code lang} (nl|en), {@code out} (folder).
 * The workbook's path goes into the job's context under {@link #WORKBOOK}.
 */
@Configuration(proxyBeanMethods = false)
public class PlanReportJobConfiguration {

    public static final String JOB = "planReport";
    public static final String KVK = "kvk";
    public static final String DATE = "date";
    public static final String LANG = "lang";
    public static final String OUT = "out";
    public static final String WORKBOOK = "workbook";

    @Bean
    public Job planReportJob(JobRepository jobRepository, Step planReportStep) {
        return new JobBuilder(JOB, jobRepository).start(planReportStep).build();
    }

    @Bean
    public Step planReportStep(JobRepository jobRepository, PlatformTransactionManager tm, PlanReportQueries queries,
                               LeercultuurQueries leercultuur) {
        return new StepBuilder("planReport", jobRepository).tasklet((contribution, chunkContext) -> {
            Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
            String kvk = String.valueOf(parameters.get(KVK));
            LocalDate date = LocalDate.parse(String.valueOf(parameters.get(DATE)));
            ReportLanguage language = ReportLanguage.of(String.valueOf(parameters.get(LANG)));
            Path out = Path.of(String.valueOf(parameters.get(OUT)));
            WrittenReport written = TrainingPlanWorkbook.write(queries.plan(kvk, date), leercultuur.ofCompany(kvk, date),
                    leercultuur.minGroupSize(), language, out);
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(WORKBOOK, written.workbook().toString());
            contribution.incrementWriteCount(1);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }
}
