package nl.metrokaart.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ./metrokaart}: the top of the command line; its options are accepted by every subcommand. */
@Command(name = "metrokaart",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Learns whether a pps's metrolijnen work: ingests its deliveries into a DuckDB warehouse and writes Excel reports.",
        subcommands = {IngestCommand.class, ReportCommand.class, RunCommand.class, StatusCommand.class, HistoryCommand.class, RestartCommand.class,
                AbandonCommand.class, InboxCommand.class, ScheduleCommand.class, DoctorCommand.class, GenerateCommand.class, QueryCommand.class,
                ExportCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class, SubjectCommand.class,
                ForgetCommand.class, UpgradeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a job failed (one line says why and where); doctor found a problem", "2:usage error",
                "3:the warehouse is held by another process"})
public class MetrokaartCommand implements Runnable {

    @Option(names = "--warehouse", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The DuckDB warehouse file (default: data/metrokaart.duckdb, or metrokaart.warehouse.path in application.yml).")
    public Path warehouse;

    @Option(names = "--out", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where reports and chart images are written (default: out/); for query, the file to write.")
    Path out;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Also show the log on the terminal.")
    public boolean verbose;

    /** Settings for this run only: tests (and a one-off run) need no global system property or edited application.yml. */
    @Option(names = "--set", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "A setting of application.yml for this run only, e.g. --set metrokaart.ingest.max-reject-share=0.5 (repeatable).")
    public java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command.");
    }
}
