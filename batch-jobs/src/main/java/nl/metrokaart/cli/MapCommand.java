package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.JobRuns;
import nl.metrokaart.reportjobs.MapReportJobConfiguration;
import nl.metrokaart.reports.ReportLanguage;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report map}: the metrokaart itself for one month, as a PNG. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"The metrokaart as a picture (PNG): every lijn in its colour through its module stations, "
                + "each station sized by the participants present at it in the month, each lijn with its runs per band status.",
                "Writes metrokaart-YYYY-MM.png (metro-map-YYYY-MM.png with --lang en)."})
class MapCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2026-10.")
    YearMonth month;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The picture's language (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = WarehouseSession.open(report.top)) {
            Path outDir = context.getBean(MetrokaartProperties.class).getOut();
            var parameters = new JobParametersBuilder()
                    .addString(MapReportJobConfiguration.MONTH, month.toString())
                    .addString(MapReportJobConfiguration.LANG, language.name().toLowerCase(Locale.ROOT))
                    .addString(MapReportJobConfiguration.OUT, outDir.toAbsolutePath().normalize().toString())
                    // Every request is a new run: the warehouse may have changed since the last picture.
                    .addString("requested_at", java.time.Instant.now().toString());
            context.getBean(JobRuns.class).start(context.getBean("mapReportJob", Job.class), parameters.toJobParameters())
                    .ifPresent(e -> out.println("Wrote " + e.getExecutionContext().getString(MapReportJobConfiguration.PICTURE)));
        }
        return ExitCodes.DONE;
    }
}
