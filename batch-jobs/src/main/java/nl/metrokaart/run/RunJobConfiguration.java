package nl.metrokaart.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The main job: ingest one delivery, then write the month's report. All its parameters
 * identify it, so running the same command after a failure resumes at the failed step and
 * skips the steps that completed.
 */
@Configuration(proxyBeanMethods = false)
public class RunJobConfiguration {

    public static final String JOB = "run";

    @Bean
    public Job runJob(JobRepository jobRepository, Step catalogueStep, Step companiesStep, Step enrolmentsStep, Step unrecognisedStep,
                      Step monthlyReportStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(catalogueStep)
                .next(companiesStep)
                .next(enrolmentsStep)
                .next(unrecognisedStep)
                .next(monthlyReportStep)
                .build();
    }
}
