package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.cli.output.TextTable;
import nl.metrokaart.cli.readonly.ReadOnlyReading;
import nl.metrokaart.history.RunHistory;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The runs, newest first: id, job, parameters, status, start, duration, rows loaded, what it wrote, and why "
                + "it did not complete. A failed run is resumed with ./metrokaart restart ID, or given up with ./metrokaart abandon ID.")
class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many runs (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all) or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ReadOnlyWarehouse.Reading reading = ReadOnlyReading.open(top)) {
            reading.note().ifPresent(spec.commandLine().getErr()::println);
            List<Map<String, Object>> runs = new RunHistory(ReadOnlyReading.jdbc(reading)).runs(limit);
            if (json) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(runs));
            } else {
                out.print(TextTable.of(runs));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ExitCodes.DONE;
    }
}
