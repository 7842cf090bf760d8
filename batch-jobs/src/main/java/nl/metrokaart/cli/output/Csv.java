package nl.metrokaart.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

/** Rows as RFC 4180 CSV: comma, quotes where needed, ISO dates, numbers with a point. */
public final class Csv {

    private Csv() {
    }

    public static void write(List<String> columns, Iterator<Object[]> rows, Writer out) {
        try {
            line(columns.toArray(), out);
            while (rows.hasNext()) {
                line(rows.next(), out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Object[] values, Writer out) throws IOException {
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(cell(values[c]));
        }
        out.write('\n');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
