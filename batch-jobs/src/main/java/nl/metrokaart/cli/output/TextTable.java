package nl.metrokaart.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rows of named values as an aligned plain-text table for the terminal (long values cut; --json has them whole). */
public final class TextTable {

    private static final int MAX_WIDTH = 70;
    private static final int HASH_WIDTH = 12;

    private TextTable() {
    }

    public static String of(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "  (none)\n";
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (Map<String, Object> row : rows) {
                widths[c] = Math.max(widths[c], text(columns.get(c), row.get(columns.get(c))).length());
            }
        }
        StringBuilder table = new StringBuilder();
        line(table, columns, widths);
        for (Map<String, Object> row : rows) {
            line(table, columns.stream().map(c -> text(c, row.get(c))).toList(), widths);
        }
        return table.toString();
    }

    private static void line(StringBuilder table, List<String> cells, int[] widths) {
        table.append(' ');
        for (int c = 0; c < cells.size(); c++) {
            table.append(' ').append(String.format("%-" + widths[c] + "s", cells.get(c)));
        }
        table.append('\n');
    }

    private static String text(String column, Object value) {
        String text = value == null ? "" : value.toString().replaceAll("\\s+", " ");
        int max = column.equals("sha256") ? HASH_WIDTH : MAX_WIDTH;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
