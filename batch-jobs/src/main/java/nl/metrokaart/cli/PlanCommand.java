package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.reportjobs.PlanReportJobConfiguration;
import nl.metrokaart.reportjobs.PlanReportQueries;
import nl.metrokaart.reports.ReportLanguage;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report plan}: one company's opleidingsplan. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"A company's opleidingsplan: per employee (by pseudonym) and skill the gap at the date, and the "
                + "nanomodules (with their lijn and hours) that bring the skill to its target level, leaving out modules already attended.",
                "Writes opleidingsplan-KVK-DATE.xlsx (training-plan-KVK-DATE.xlsx with --lang en) and its metrokaart as a PNG."})
class PlanCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Option(names = "--company", required = true, paramLabel = "KVK", description = "The company's KVK number (8 digits).")
    String company;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Day.class,
            description = "The report date: levels are the latest assessments on or before it, attended modules those up to it (default: today).")
    LocalDate date;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The report's language (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    /** A day as YYYY-MM-DD, refused in words a user can act on. */
    static final class Day implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date: expected YYYY-MM-DD, e.g. 2026-10-31");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String kvk = company.trim();
        LocalDate d = date != null ? date : LocalDate.now();
        try (ConfigurableApplicationContext context = WarehouseSession.open(report.top)) {
            // An unknown company or one without participants is the user's to fix: say so before any job runs.
            context.getBean(PlanReportQueries.class).check(kvk, d);
            Path outDir = context.getBean(MetrokaartProperties.class).getOut();
            var parameters = new JobParametersBuilder()
                    .addString(PlanReportJobConfiguration.KVK, kvk)
                    .addString(PlanReportJobConfiguration.DATE, d.toString())
                    .addString(PlanReportJobConfiguration.LANG, language.name().toLowerCase(Locale.ROOT))
                    .addString(PlanReportJobConfiguration.OUT, outDir.toAbsolutePath().normalize().toString())
                    // Every request is a new run: the warehouse may have changed since the last plan.
                    .addString("requested_at", java.time.Instant.now().toString());
            context.getBean(JobRuns.class).start(context.getBean("planReportJob", Job.class), parameters.toJobParameters())
                    .ifPresent(e -> out.println("Wrote " + e.getExecutionContext().getString(PlanReportJobConfiguration.WORKBOOK)));
        }
        return ExitCodes.DONE;
    }
}
