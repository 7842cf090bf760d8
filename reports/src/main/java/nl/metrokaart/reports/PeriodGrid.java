package nl.metrokaart.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with a figure per quarter and one for the whole period, and the ways those figures add
 * up: a row's quarters to its period total, and rows to a total row, quarter by quarter.
 */
public final class PeriodGrid {

    private final ReportTable table;
    private final int periods;
    private final List<Figure[]> rows = new ArrayList<>();

    /** @param periodHeaders the quarters' headers, then the whole period's */
    public PeriodGrid(String name, List<String> labelHeaders, List<Integer> labelWidths, List<String> periodHeaders) {
        this.table = new ReportTable(name);
        for (int i = 0; i < labelHeaders.size(); i++) {
            table.column(labelHeaders.get(i), labelWidths.get(i));
        }
        for (String header : periodHeaders) {
            table.column(header, 13);
        }
        this.periods = periodHeaders.size();
    }

    /** Adds a row; {@code values} has a figure (or null) per quarter, then the period's. Returns its index. */
    public int row(List<Object> labels, Figure[] values) {
        if (values.length != periods) {
            throw new IllegalArgumentException("a figure per quarter and one for the period: " + periods + ", not " + values.length);
        }
        List<Object> cells = new ArrayList<>(labels);
        cells.addAll(java.util.Arrays.asList(values));
        table.row(cells.toArray());
        rows.add(values);
        return rows.size() - 1;
    }

    public Figure[] values(int row) {
        return rows.get(row);
    }

    /** The quarters of this row add up to its period total. */
    public void quartersAddUp(int row) {
        Figure[] values = rows.get(row);
        List<Figure> quarters = new ArrayList<>(java.util.Arrays.asList(values).subList(0, periods - 1));
        if (quarters.stream().allMatch(java.util.Objects::nonNull) && values[periods - 1] != null) {
            table.line(quarters, values[periods - 1]);
        }
    }

    /** In every column (each quarter and the period), the {@code members} rows add up to the {@code total} row. */
    public void rowsAddUp(List<Integer> members, int total) {
        if (members.isEmpty()) {
            return;
        }
        for (int c = 0; c < periods; c++) {
            List<Figure> column = new ArrayList<>();
            for (int m : members) {
                column.add(rows.get(m)[c]);
            }
            Figure sum = rows.get(total)[c];
            if (column.stream().allMatch(java.util.Objects::nonNull) && sum != null) {
                table.line(column, sum);
            }
        }
    }

    public ReportTable table() {
        return table;
    }
}
