package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import nl.metrokaart.UserInputException;
import nl.metrokaart.cli.readonly.ReadOnlyReading;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every mart to files for BI tools (Power BI, Metabase, Superset): one Parquet or CSV file per mart "
                + "in --out DIR. Marts that take a report date are written for --date (default: the last day of the previous month), "
                + "conversions with the catalogue's window, reach over the 12 months up to that date."})
class ExportCommand implements Callable<Integer> {

    enum Format { parquet, csv }

    /** The marts, as files: name -> the query that gives it ({d}: report date, {from}: a year before, {w}: the window). */
    static final List<String[]> MARTS = List.of(
            new String[]{"run_occupancy", "SELECT * FROM run_occupancy"},
            new String[]{"monthly_occupancy", "SELECT * FROM monthly_occupancy"},
            new String[]{"session_attendance", "SELECT * FROM session_attendance"},
            new String[]{"participant_completion", "SELECT * FROM participant_completion"},
            new String[]{"learning_gain", "SELECT * FROM learning_gain"},
            new String[]{"module_badges", "SELECT * FROM module_badges"},
            new String[]{"certificates_earned", "SELECT * FROM certificates_earned"},
            new String[]{"funnel", "SELECT * FROM funnel({d})"},
            new String[]{"source_freshness", "SELECT * FROM source_freshness"},
            new String[]{"skill_gap", "SELECT * FROM skill_gap({d})"},
            new String[]{"conversion", "SELECT * FROM conversion({d}, {w})"},
            new String[]{"conversion_by_type", "SELECT * FROM conversion_by_type({d}, {w})"},
            new String[]{"company_conversion", "SELECT * FROM company_conversion({d}, {w})"},
            new String[]{"reach", "SELECT * FROM reach({from}, {d})"},
            new String[]{"participant_skill_gap", "SELECT * FROM participant_skill_gap({d})"},
            new String[]{"training_suggestion", "SELECT * FROM training_suggestion({d})"},
            new String[]{"module_attendance", "SELECT * FROM module_attendance({from}, {d})"},
            new String[]{"coaches_trained", "SELECT * FROM coaches_trained({from}, {d})"},
            new String[]{"coach_reach", "SELECT * FROM coach_reach({from}, {d})"},
            new String[]{"coached_colleague_outcome", "SELECT * FROM coached_colleague_outcome({d})"},
            new String[]{"leercultuur_score", "SELECT * FROM leercultuur_score({d})"},
            new String[]{"leercultuur_change", "SELECT * FROM leercultuur_change({d})"},
            new String[]{"leercultuur_distribution", "SELECT * FROM leercultuur_distribution({d})"},
            new String[]{"leercultuur_conversion", "SELECT * FROM leercultuur_conversion({d}, {w})"});

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|csv", description = "File format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The report date for the marts that take one.")
    LocalDate date;

    @Override
    public Integer call() {
        Path folder = top.out != null ? top.out : Path.of("out", "export");
        LocalDate d = date != null ? date : YearMonth.now().minusMonths(1).atEndOfMonth();
        PrintWriter out = spec.commandLine().getOut();
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new UserInputException("Cannot write to " + folder + ": " + e.getMessage());
        }
        // DuckDB writes the files itself: the sandbox allows the export folder and nothing else.
        try (ReadOnlyWarehouse.Reading reading = ReadOnlyReading.open(top, List.of(), List.of(folder));
             Statement statement = reading.connection().createStatement()) {
            reading.note().ifPresent(spec.commandLine().getErr()::println);
            int window = windowMonths(statement);
            for (String[] mart : MARTS) {
                if (!exists(statement, mart[0])) {
                    continue;
                }
                String sql = mart[1].replace("{d}", "DATE '" + d + "'").replace("{from}", "DATE '" + d.minusYears(1).plusDays(1) + "'")
                        .replace("{w}", String.valueOf(window));
                Path file = folder.resolve(mart[0] + "." + format.name()).toAbsolutePath();
                String options = format == Format.parquet ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)";
                statement.execute("COPY (" + sql + ") TO '" + file.toString().replace("'", "''") + "' " + options);
                out.println("Wrote " + file);
            }
        } catch (SQLException e) {
            throw new UserInputException(ReadOnlyWarehouse.refusal(e).orElseGet(() -> "The export failed: " + e.getMessage()));
        }
        return ExitCodes.DONE;
    }

    private static int windowMonths(Statement statement) throws SQLException {
        try (var rs = statement.executeQuery("SELECT conversion_window_months FROM stg_rules")) {
            return rs.next() ? rs.getInt(1) : 12;
        }
    }

    /** A warehouse made by an older build may lack a newer mart: skip it rather than fail the export. */
    private static boolean exists(Statement statement, String name) throws SQLException {
        try (var rs = statement.executeQuery("SELECT count(*) FROM duckdb_views() WHERE view_name = '" + name + "' "
                + "UNION ALL SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + name + "' "
                + "UNION ALL SELECT count(*) FROM duckdb_functions() WHERE function_name = '" + name + "'")) {
            int found = 0;
            while (rs.next()) {
                found += rs.getInt(1);
            }
            return found > 0;
        }
    }
}
