package nl.metrokaart.pipeline;

import java.util.List;

import nl.metrokaart.history.RunningJobs;
import nl.metrokaart.ingest.IngestJobConfiguration;
import nl.metrokaart.ingest.IngestStep;
import nl.metrokaart.ingest.PseudonymKeyCheck;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The main job: ingest one delivery, write the month's report, then give the ingest's verdict.
 * The report is written even when a file was refused (the board meets anyway; the refusal is
 * in the job's message and the warehouse), and the run then ends failed. All parameters identify
 * the run, so the same command after a failure resumes at the failed step.
 */
@Configuration(proxyBeanMethods = false)
public class RunJobConfiguration {

    public static final String JOB = "run";

    @Bean
    public Job runJob(JobRepository jobRepository, List<IngestStep> ingestSteps, Step modelsStep, Step monthlyReportStep,
                      Step verdictStep, RunningJobs runningJobs, PseudonymKeyCheck keyCheck) {
        return IngestJobConfiguration.ingestFlow(new JobBuilder(JOB, jobRepository).listener(runningJobs).listener(keyCheck), ingestSteps, modelsStep)
                .to(monthlyReportStep)
                .from(monthlyReportStep).on("FAILED").fail()
                .from(monthlyReportStep).on("*").to(verdictStep)
                .end()
                .build();
    }
}
