package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.cli.output.TextTable;
import nl.metrokaart.cli.readonly.ReadOnlyReading;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;
import nl.metrokaart.warehouse.WarehouseStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "What the warehouse holds: ingested files (read, loaded, rejected), job runs, and per source the latest date in the data.")
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    @Option(names = "--rejects", description = "Also list every rejected row: file, line, column, value, reason.")
    boolean rejects;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ReadOnlyWarehouse.Reading reading = ReadOnlyReading.open(top)) {
            reading.note().ifPresent(spec.commandLine().getErr()::println);
            WarehouseStatus status = new WarehouseStatus(ReadOnlyReading.jdbc(reading));
            Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
            sections.put("files", status.files());
            sections.put("job_runs", status.jobRuns());
            sections.put("data_up_to", status.dataUpTo());
            if (rejects) {
                sections.put("rejects", status.rejects());
            }
            if (json) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(sections));
            } else {
                sections.forEach((name, rows) -> {
                    out.println(name.replace('_', ' ').toUpperCase(java.util.Locale.ROOT));
                    out.println(TextTable.of(rows));
                });
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ExitCodes.DONE;
    }
}
