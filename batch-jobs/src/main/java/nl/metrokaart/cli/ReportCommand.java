package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.pipeline.Deliveries;
import nl.metrokaart.reportjobs.ImpactReportJobConfiguration;
import nl.metrokaart.reportjobs.MonthlyReportTasklet;
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
        subcommands = {ReportCommand.Monthly.class, ReportCommand.Impact.class, PlanCommand.class, MapCommand.class})
class ReportCommand implements Runnable {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a report: monthly, impact, plan or map.");
    }

    /** Options every report takes. */
    static class ReportOptions {

        @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The report's language (default: ${DEFAULT-VALUE}).")
        ReportLanguage language;

        @Option(names = "--min-group-size", paramLabel = "K",
                description = "Hide counts of fewer than K people and rates over fewer than K (default: metrokaart.reports.min-group-size, 5; "
                        + "the catalogue's rules.min_group_size wins when it is larger).")
        Integer minGroupSize;

        Map<String, Object> properties(CommandSpec spec) {
            Map<String, Object> properties = new HashMap<>();
            if (minGroupSize != null) {
                if (minGroupSize < 1) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-group-size must be at least 1");
                }
                properties.put("metrokaart.reports.min-group-size", minGroupSize);
            }
            return properties;
        }
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

        @Option(names = "--pdf", description = "Also write the board pack as PDF beside the workbook (A4 landscape: the overview page, "
                + "plan against actual when the catalogue sets targets, then the chart pages).")
        boolean pdf;


        @picocli.CommandLine.Mixin
        ReportOptions options = new ReportOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = WarehouseSession.open(report.top, options.properties(spec))) {
                Path outDir = context.getBean(MetrokaartProperties.class).getOut();
                // Every request is a new run: the warehouse may have changed since the last report.
                JobParametersBuilder parameters = Deliveries.reportParameters(new JobParametersBuilder(), month, options.language, outDir)
                        .addString("requested_at", java.time.Instant.now().toString());
                if (pdf) {
                    parameters.addString(nl.metrokaart.reportjobs.MonthlyReportJobConfiguration.PDF, "true");
                }
                var execution = context.getBean(JobRuns.class)
                        .start(context.getBean("monthlyReportJob", Job.class), parameters.toJobParameters());
                execution.ifPresent(e -> {
                    out.println("Wrote " + e.getExecutionContext().getString(MonthlyReportTasklet.WORKBOOK));
                    if (e.getExecutionContext().containsKey(MonthlyReportTasklet.PDF)) {
                        out.println("Wrote " + e.getExecutionContext().getString(MonthlyReportTasklet.PDF));
                    }
                });
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "impact", mixinStandardHelpOptions = true,
            description = "The funder's Impactrapportage over a programme period, per quarter: aggregated, no company names, "
                    + "every count of people protected; an Excel workbook with charts (and the charts as PNG files).")
    static class Impact implements Callable<Integer> {

        @ParentCommand
        ReportCommand report;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "The period's first month, e.g. 2026-01.")
        YearMonth from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "The period's last month, e.g. 2026-12.")
        YearMonth to;

        @Option(names = "--pdf", description = "Also write the board pack as PDF beside the workbook (A4 landscape: the overview page, "
                + "plan against actual when the catalogue sets targets, then the chart pages).")
        boolean pdf;


        @picocli.CommandLine.Mixin
        ReportOptions options = new ReportOptions();

        @Override
        public Integer call() {
            if (to.isBefore(from)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = WarehouseSession.open(report.top, options.properties(spec))) {
                Path outDir = context.getBean(MetrokaartProperties.class).getOut();
                JobParametersBuilder parameters = new JobParametersBuilder()
                        .addString(nl.metrokaart.reportjobs.MonthlyReportJobConfiguration.LANG, options.language.name().toLowerCase(java.util.Locale.ROOT))
                        .addString(nl.metrokaart.reportjobs.MonthlyReportJobConfiguration.OUT, outDir.toAbsolutePath().normalize().toString())
                        .addString(ImpactReportJobConfiguration.FROM, from.toString())
                        .addString(ImpactReportJobConfiguration.TO, to.toString())
                        .addString("requested_at", java.time.Instant.now().toString());
                if (pdf) {
                    parameters.addString(nl.metrokaart.reportjobs.MonthlyReportJobConfiguration.PDF, "true");
                }
                var execution = context.getBean(JobRuns.class)
                        .start(context.getBean("impactReportJob", Job.class), parameters.toJobParameters());
                execution.ifPresent(e -> {
                    out.println("Wrote " + e.getExecutionContext().getString(MonthlyReportTasklet.WORKBOOK));
                    if (e.getExecutionContext().containsKey(MonthlyReportTasklet.PDF)) {
                        out.println("Wrote " + e.getExecutionContext().getString(MonthlyReportTasklet.PDF));
                    }
                });
            }
            return ExitCodes.DONE;
        }
    }
}
