package nl.metrokaart.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Streams one CSV file: comma delimiter, "\n" line ends, RFC-4180 quoting only where a value
 * needs it. Fields go straight into the buffered writer, so a million rows allocate little.
 */
final class CsvWriter implements Closeable {

    private final Writer out;
    private boolean rowStarted;
    private long rows;

    CsvWriter(Path file, String... header) throws IOException {
        this.out = Output.open(file);
        for (String h : header) {
            text(h);
        }
        endRow();
        rows = 0;
    }

    /** Any text; quoted when it holds a comma, quote or line break. */
    CsvWriter text(String value) throws IOException {
        separator();
        if (value != null && needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else if (value != null) {
            out.write(value);
        }
        return this;
    }

    /** Generated values that can never hold a comma, quote or line break (codes, dates, e-mails): no scan. */
    CsvWriter plain(String value) throws IOException {
        separator();
        out.write(value);
        return this;
    }

    CsvWriter number(long value) throws IOException {
        separator();
        out.write(Long.toString(value));
        return this;
    }

    /** A prefix and a zero-padded number, e.g. E0000042, without String.format in the hot loop. */
    CsvWriter padded(char prefix, long value, int width) throws IOException {
        separator();
        out.write(prefix);
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.write('0');
        }
        out.write(digits);
        return this;
    }

    void endRow() throws IOException {
        out.write('\n');
        rowStarted = false;
        rows++;
    }

    long rows() {
        return rows;
    }

    private void separator() throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
    }

    static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
