package nl.metrokaart.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * A table of a report sheet before it is written: its columns, its rows and how its figures add
 * up. Cells are text from the data ({@link String}), dates, {@link Figure}s, {@link Styled} text,
 * or null. Written as a real Excel table (filters, banded rows) by {@link ReportWorkbook}.
 */
public final class ReportTable {

    /** Text with a style of its own, e.g. a band status in its colour. */
    public record Styled(String text, Function<WorkbookStyles, CellStyle> style) {
    }

    private final String name;
    private final List<String> headers = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Suppression.Line> lines = new ArrayList<>();
    private final List<int[]> heat = new ArrayList<>();
    private final java.util.Set<Integer> wrapped = new java.util.HashSet<>();

    /** @param name the Excel table's name: letters, digits and underscores, unique in the workbook */
    public ReportTable(String name) {
        this.name = name;
    }

    public ReportTable column(String header, int width) {
        headers.add(header);
        widths.add(width);
        return this;
    }

    public ReportTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("table " + name + " has " + headers.size() + " columns, not " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    /** Declares that {@code members} add up to {@code total}, for complementary suppression. */
    public ReportTable line(List<Figure> members, Figure total) {
        lines.add(new Suppression.Line(members, total));
        return this;
    }

    /** Colours the columns {@code from..to} (inclusive) as a heat map: low green, high red. */
    public ReportTable heat(int from, int to) {
        heat.add(new int[]{from, to});
        return this;
    }

    /** Wraps the text of column {@code column} within its width, rows growing to fit. */
    public ReportTable wrap(int column) {
        wrapped.add(column);
        return this;
    }

    public boolean isWrapped(int column) {
        return wrapped.contains(column);
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return Collections.unmodifiableList(headers);
    }

    public List<Integer> widths() {
        return Collections.unmodifiableList(widths);
    }

    public List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    public List<Suppression.Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<int[]> heatColumns() {
        return Collections.unmodifiableList(heat);
    }

    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (Object[] row : rows) {
            for (Object cell : row) {
                if (cell instanceof Figure figure) {
                    figures.add(figure);
                }
            }
        }
        return figures;
    }

    public boolean anyHidden() {
        for (Object[] row : rows) {
            for (Object cell : row) {
                if (cell instanceof Figure figure && figure.isHidden()) {
                    return true;
                }
            }
        }
        return false;
    }
}
