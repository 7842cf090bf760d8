package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.jobs.Deliveries;
import nl.metrokaart.jobs.JobRuns;
import nl.metrokaart.report.MonthlyReportTasklet;
import nl.metrokaart.reports.ReportLanguage;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a report from the warehouse.",
        subcommands = {ReportCommand.Monthly.class, PlanCommand.class, MapCommand.class})
class ReportCommand implements Runnable {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a report: monthly, plan or map.");
    }

    @Command(name = "monthly", mixinStandardHelpOptions = true,
            description = "The board's Maandrapportage for one month, as an Excel workbook with charts (and the charts as PNG files).")
    static class Monthly implements Callable<Integer> {

        @ParentCommand
        ReportCommand report;

        @Spec
        CommandSpec spec;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The reporting month, e.g. 2026-10.")
        YearMonth month;

        @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The report's language (default: ${DEFAULT-VALUE}).")
        ReportLanguage language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = WarehouseSession.open(report.top)) {
                Path outDir = context.getBean(MetrokaartProperties.class).getOut();
                // Every request is a new run: the warehouse may have changed since the last report.
                JobParametersBuilder parameters = Deliveries.reportParameters(new JobParametersBuilder(), month, language, outDir)
                        .addString("requested_at", java.time.Instant.now().toString());
                var execution = context.getBean(JobRuns.class)
                        .start(context.getBean("monthlyReportJob", Job.class), parameters.toJobParameters());
                execution.ifPresent(e -> out.println("Wrote " + e.getExecutionContext().getString(MonthlyReportTasklet.WORKBOOK)));
            }
            return ExitCodes.DONE;
        }
    }
}
