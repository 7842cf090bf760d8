package nl.metrokaart.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Any query result as a workbook an analyst can filter (the query command's {@code --out x.xlsx},
 * the subject access export): typed cells, a frozen header and a filter row, written by
 * {@link ReportWorkbook}, which streams, so a large result does not fill the heap.
 */
public final class QueryWorkbook {

    private QueryWorkbook() {
    }

    /** Writes {@code rows} (values: Number, Boolean, LocalDate, LocalDateTime, or text) under {@code columns}. */
    public static long write(List<String> columns, Iterator<Object[]> rows, Path file) {
        return write(List.of(new Table("query", columns, rows)), file).get(0);
    }

    /** One sheet's worth: its name (at most 31 characters, as Excel allows), columns and rows. */
    public record Table(String name, List<String> columns, Iterator<Object[]> rows) {
    }

    /** Writes each table on a sheet of its own; returns the row count of each. */
    public static List<Long> write(List<Table> tables, Path file) {
        try (ReportWorkbook book = ReportWorkbook.forData()) {
            List<Long> counts = new ArrayList<>();
            for (Table table : tables) {
                counts.add(book.data(table.name(), table.columns(), table.rows()));
            }
            book.save(file);
            return counts;
        }
    }
}
