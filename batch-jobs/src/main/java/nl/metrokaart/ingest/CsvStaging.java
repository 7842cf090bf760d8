package nl.metrokaart.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings one real-world CSV export into a temporary table through DuckDB's own reader:
 * all columns as text, trimmed, empty as NULL, renamed to their canonical names, each row with
 * the line (record) number a spreadsheet shows for it. Rows DuckDB cannot split into the
 * header's columns go to the file's rejects instead of stopping the load.
 *
 * <p>Encodings: UTF-8 (with or without BOM) is read as is; anything else is taken to be
 * Windows-1252 (Excel's "CSV" on Dutch Windows) and transcoded first, since DuckDB cannot read
 * it offline.
 */
public final class CsvStaging {

    private CsvStaging() {
    }

    /** What was staged: the table with {@code line} and the canonical columns, and its size. */
    public record Staged(String table, long rows, Map<String, String> columns) {
    }

    /**
     * Stages {@code file} into temp table {@code table}; structural rejects go into the temp
     * table {@code file_rejects(line, column_name, value, reason)}, which must exist.
     */
    public static Staged stage(JdbcTemplate jdbc, Path file, String fileName, String table, CsvColumns columns, Path workFolder) {
        Path readable = utf8(file, workFolder);
        try {
            char delimiter = delimiter(readable);
            String source = "read_csv(" + literal(readable.toString()) + ", all_varchar = true, header = true, delim = "
                    + literal(String.valueOf(delimiter)) + ", quote = '\"', escape = '\"', null_padding = false,"
                    + " store_rejects = true, rejects_table = 'csv_reject_errors', rejects_scan = 'csv_reject_scans')";
            jdbc.execute("CREATE OR REPLACE TEMP TABLE " + table + "_raw AS SELECT * FROM " + source);
            List<String> headers = jdbc.queryForList("SELECT column_name FROM (DESCRIBE " + table + "_raw)", String.class);
            Map<String, String> matched = columns.match(headers);
            List<String> missing = columns.required().stream().filter(c -> !matched.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                // Without a header row the first record reads as headers: never repeat an address from it into the warehouse.
                List<String> found = headers.stream().map(h -> h.contains("@") ? "(an e-mail address)" : h).toList();
                throw new FileRejectedException(fileName, "the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                        + (missing.size() > 1 ? " are" : " is") + " missing (found: " + String.join(", ", found)
                        + "). Rename the header, or add the name your tool uses as an alias in application.yml"
                        + " (metrokaart.ingest.aliases." + columns.kind().code() + "." + missing.get(0) + ").");
            }
            copyStructuralRejects(jdbc, fileName);
            String select = columns.all().stream()
                    .map(c -> matched.containsKey(c) ? "NULLIF(trim(" + identifier(matched.get(c)) + "), '') AS " + c : "CAST(NULL AS VARCHAR) AS " + c)
                    .collect(Collectors.joining(", "));
            // The k-th good row sits after every rejected record that precedes it: count those
            // (an ASOF join on "good rows before each reject") to give it its real line number.
            jdbc.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS "
                    + "WITH good AS (SELECT row_number() OVER () AS k, " + select + " FROM " + table + "_raw), "
                    + "skips AS (SELECT line - 1 - row_number() OVER (ORDER BY line) AS good_before, row_number() OVER (ORDER BY line) AS j "
                    + "          FROM csv_reject_errors_lines), "
                    + "steps AS (SELECT good_before, max(j) AS j FROM skips GROUP BY good_before) "
                    + "SELECT g.k + 1 + coalesce(s.j, 0) AS line, g.* EXCLUDE (k) FROM good g "
                    + "ASOF LEFT JOIN steps s ON g.k - 1 >= s.good_before ORDER BY g.k");
            jdbc.execute("DROP TABLE " + table + "_raw");
            Long rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
            return new Staged(table, rows == null ? 0 : rows, matched);
        } finally {
            if (!readable.equals(file)) {
                deleteQuietly(readable);
            }
        }
    }

    private static void copyStructuralRejects(JdbcTemplate jdbc, String fileName) {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE csv_reject_errors_lines AS SELECT DISTINCT line FROM csv_reject_errors");
        jdbc.execute("INSERT INTO file_rejects SELECT line, any_value(column_name), any_value(csv_line), "
                + "'the row has ' || CASE WHEN any_value(error_type) = 'TOO MANY COLUMNS' THEN 'more' ELSE 'fewer' END"
                + " || ' fields than the header (' || any_value(error_message) || '); is a value with the delimiter in it not quoted?' "
                + "FROM csv_reject_errors GROUP BY line");
    }

    /** The delimiter of the header line: the most frequent of ; , and tab outside quotes. */
    static char delimiter(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                return ',';
            }
            int semicolons = 0, commas = 0, tabs = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (c == ';') semicolons++;
                    else if (c == ',') commas++;
                    else if (c == '\t') tabs++;
                }
            }
            if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
            return tabs > commas ? '\t' : ',';
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file itself when it is UTF-8, else a UTF-8 copy of it read as Windows-1252. */
    static Path utf8(Path file, Path workFolder) {
        if (isUtf8(file)) {
            return file;
        }
        try {
            Files.createDirectories(workFolder);
            Path copy = Files.createTempFile(workFolder, "transcoded-", ".csv");
            try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), Charset.forName("windows-1252"));
                 Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot transcode " + file + " from Windows-1252", e);
        }
    }

    private static boolean isUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = stream.read(buffer, 0, in.remaining())) > 0; ) {
                in.put(buffer, 0, n).flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError() && !in.hasRemaining();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file in the work folder is harmless
        }
    }
}
