package nl.metrokaart.reportjobs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.map.MetrokaartMap;

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
 * The metrokaart picture job: the catalogue's lijnen and stations for one month, as a PNG.
 * Parameters: {@code month} (YYYY-MM), {@code lang} (nl|en), {@code out} (folder). The file's
 * path goes into the job's context under {@link #PICTURE}.
 */
@Configuration(proxyBeanMethods = false)
public class MapReportJobConfiguration {

    public static final String JOB = "mapReport";
    public static final String MONTH = "month";
    public static final String LANG = "lang";
    public static final String OUT = "out";
    public static final String PICTURE = "picture";

    @Bean
    public Job mapReportJob(JobRepository jobRepository, Step mapReportStep) {
        return new JobBuilder(JOB, jobRepository).start(mapReportStep).build();
    }

    @Bean
    public Step mapReportStep(JobRepository jobRepository, PlatformTransactionManager tm, MetrokaartMapQueries queries) {
        return new StepBuilder("mapReport", jobRepository).tasklet((contribution, chunkContext) -> {
            Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
            YearMonth month = YearMonth.parse(String.valueOf(parameters.get(MONTH)));
            ReportLanguage language = ReportLanguage.of(String.valueOf(parameters.get(LANG)));
            Path out = Path.of(String.valueOf(parameters.get(OUT)));
            Path file = MetrokaartMap.write(queries.picture(month.atDay(1), month.atEndOfMonth(), Set.of()), language, out);
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putString(PICTURE, file.toString());
            contribution.incrementWriteCount(1);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }
}
