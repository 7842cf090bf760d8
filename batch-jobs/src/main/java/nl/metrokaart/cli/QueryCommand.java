package nl.metrokaart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

import nl.metrokaart.UserInputException;
import nl.metrokaart.cli.output.Csv;
import nl.metrokaart.cli.output.TextTable;
import nl.metrokaart.cli.readonly.ReadOnlyReading;
import nl.metrokaart.reports.QueryWorkbook;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a read-only SQL query on the warehouse (any table, view or mart, e.g. "
                + "\"SELECT * FROM run_occupancy\") and print it, or write it with --out FILE.",
                "Other readers may run at the same time; a running job makes it wait its turn (exit code 3)."})
class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, xlsx, parquet }

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--sql", required = true, paramLabel = "SQL", description = "The query.")
    String sql;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (default on a terminal), csv, xlsx or parquet; by default taken from the --out file's extension.")
    Format format;

    @Override
    public Integer call() {
        Path file = top.out == null || top.out.toString().isEmpty() ? null : top.out;
        if (file != null && Files.isDirectory(file)) {
            throw new UserInputException("--out " + file + " is a folder; for query it names the file to write, e.g. --out out/result.csv");
        }
        Format chosen = format != null ? format : fromExtension(file);
        if ((chosen == Format.xlsx || chosen == Format.parquet) && file == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format " + chosen + " needs --out FILE");
        }
        // The sandbox writes nothing; only a Parquet result is written by DuckDB itself, so only that file is allowed.
        List<Path> writes = chosen == Format.parquet ? List.of(file) : List.of();
        try (ReadOnlyWarehouse.Reading reading = ReadOnlyReading.open(top, writes, List.of());
             Statement statement = reading.connection().createStatement()) {
            reading.note().ifPresent(spec.commandLine().getErr()::println);
            if (chosen == Format.parquet) {
                statement.execute("COPY (" + sql + ") TO '" + file.toAbsolutePath().normalize().toString().replace("'", "''") + "' (FORMAT parquet)");
                spec.commandLine().getOut().println("Wrote " + file.toAbsolutePath().normalize());
                return ExitCodes.DONE;
            }
            try (ResultSet rs = statement.executeQuery(sql)) {
                write(rs, chosen, file);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return ExitCodes.DONE;
    }

    private void write(ResultSet rs, Format chosen, Path file) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            columns.add(rs.getMetaData().getColumnLabel(c));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (chosen) {
            case xlsx -> {
                long rows = QueryWorkbook.write(columns, rows(rs, columns.size()), file);
                out.println("Wrote " + rows + " rows to " + file.toAbsolutePath().normalize());
            }
            case csv -> {
                if (file == null) {
                    Csv.write(columns, rows(rs, columns.size()), out);
                    out.flush();
                } else {
                    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        Csv.write(columns, rows(rs, columns.size()), writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + file, e);
                    }
                    out.println("Wrote " + file.toAbsolutePath().normalize());
                }
            }
            default -> {
                List<Map<String, Object>> table = new ArrayList<>();
                rows(rs, columns.size()).forEachRemaining(values -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 0; c < values.length; c++) {
                        row.put(columns.get(c), values[c]);
                    }
                    table.add(row);
                });
                out.print(table.isEmpty() ? String.join("  ", columns) + "\n  (no rows)\n" : TextTable.of(table));
            }
        }
    }

    /** A refusal of the sandbox says what query may do; any other SQL error is DuckDB's own message. */
    static UserInputException failed(SQLException e) {
        return new UserInputException(ReadOnlyWarehouse.refusal(e).orElseGet(() -> "The query failed: " + e.getMessage()));
    }

    private static Format fromExtension(Path file) {
        if (file == null) {
            return Format.table;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith("." + f.name())) {
                return f;
            }
        }
        return Format.csv;
    }

    /** The result's rows with JDBC's date types turned into java.time, read as they are consumed. */
    static Iterator<Object[]> rows(ResultSet rs, int columns) {
        return new Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                try {
                    if (ahead == null) {
                        ahead = rs.next();
                    }
                    return ahead;
                } catch (SQLException e) {
                    throw failed(e);
                }
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                try {
                    Object[] values = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = rs.getObject(c + 1);
                        if (value instanceof java.sql.Date date) {
                            value = date.toLocalDate();
                        } else if (value instanceof java.sql.Timestamp timestamp) {
                            value = timestamp.toLocalDateTime();
                        }
                        values[c] = value;
                    }
                    return values;
                } catch (SQLException e) {
                    throw failed(e);
                }
            }
        };
    }
}
