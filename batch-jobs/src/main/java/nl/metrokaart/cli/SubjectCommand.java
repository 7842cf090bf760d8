package nl.metrokaart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.cli.output.TextTable;
import nl.metrokaart.privacy.ParticipantData;
import nl.metrokaart.privacy.PrivacyRequest;
import nl.metrokaart.reports.QueryWorkbook;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "subject", mixinStandardHelpOptions = true,
        description = {"A participant's data request (AVG right of access): show everything the warehouse holds about the person with "
                + "this e-mail address, found through their pseudonym: their rows in every table with a pseudonym column, the sealed "
                + "address batches that hold their address, and rejects or job history that name it. Changes nothing.",
                "With --out FILE.xlsx it is written as a workbook (one sheet per table) to hand over."})
class SubjectCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The participant's e-mail address.")
    String email;

    @Override
    public Integer call() {
        MetrokaartProperties settings = WarehouseSession.settings(top, Map.of());
        PrivacyRequest.check(email, settings);
        Path file = top.out;
        if (file != null && (Files.isDirectory(file) || !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))) {
            throw new UserInputException("--out " + file + " is not an .xlsx file: for subject it names the workbook to write, e.g. --out subject.xlsx");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            ParticipantData.Subject subject = context.getBean(ParticipantData.class).find(email);
            if (!subject.holdsAnything()) {
                if (subject.erasedOn() != null) {
                    out.println("The participant with this address was erased on request on " + subject.erasedOn()
                            + ": the warehouse holds nothing of them (only their pseudonym, so that a re-delivery does not bring them back).");
                    return ExitCodes.DONE;
                }
                throw new UserInputException("No participant with this address is known in the warehouse: nothing is held about them "
                        + "(every table with a pseudonym column, the sealed address batches, rejects and job history were searched). "
                        + "Check the spelling of the address.");
            }
            List<QueryWorkbook.Table> sheets = new ArrayList<>();
            List<Object[]> summary = new ArrayList<>();
            out.println("Participant pseudonym: " + subject.pseudonym());
            for (ParticipantData.TableRows table : subject.tables()) {
                out.println();
                out.println(table.table().toUpperCase(java.util.Locale.ROOT) + " (" + table.rows().size() + " rows, by " + table.column() + ")");
                out.println(TextTable.of(table.rows().stream().map(r -> asMap(table.columns(), r)).toList()));
                summary.add(new Object[] {"table " + table.table(), table.rows().size(), "rows whose " + table.column() + " is the pseudonym"});
                sheets.add(new QueryWorkbook.Table(table.table(), table.columns(),
                        table.rows().stream().map(r -> Arrays.stream(r).map(SubjectCommand::cell).toArray()).iterator()));
            }
            if (!subject.batches().isEmpty()) {
                String batches = "sealed address batch " + subject.batches().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
                out.println();
                out.println("The address itself is held, encrypted, in " + batches + " (participant_identity_batch, oldest first): "
                        + "used only to match badges that name recipients by a hash of their address.");
                summary.add(new Object[] {"participant_identity_batch", subject.batches().size(), "the address, encrypted: in " + batches});
            }
            subject.mentions().forEach((column, n) -> {
                out.println("The address is named in " + n + " text " + (n == 1 ? "cell" : "cells") + " of " + column + ".");
                summary.add(new Object[] {"text in " + column, n, "cells that name the address"});
            });
            if (file != null) {
                sheets.add(0, new QueryWorkbook.Table("overzicht", List.of("where", "count", "what"), summary.iterator()));
                QueryWorkbook.write(sheets, file);
                out.println();
                out.println("Wrote " + file.toAbsolutePath().normalize() + " (" + sheets.size() + " sheets)");
            }
        }
        return ExitCodes.DONE;
    }

    private static Map<String, Object> asMap(List<String> columns, Object[] row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            map.put(columns.get(i), row[i]);
        }
        return map;
    }

    /** JDBC's dates as the workbook's date types. */
    private static Object cell(Object value) {
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp moment) {
            return moment.toLocalDateTime();
        }
        return value;
    }
}
