package nl.metrokaart.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
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
 * <p>Encodings: UTF-8 (with or without BOM) is read as is; a file DuckDB finds is not UTF-8 is
 * taken to be Windows-1252 (Excel's "CSV" on Dutch Windows) and read again from a UTF-8 copy,
 * since DuckDB cannot read that encoding offline.
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
        check(file, fileName);
        if (startsAsUtf8(file)) {
            Staged staged = stageReadable(jdbc, file, fileName, table, columns);
            if (!hasInvalidEncoding(jdbc)) {
                return staged;
            }
        }
        // Not UTF-8: read it as Windows-1252 (DuckDB cannot, offline), through a UTF-8 copy.
        jdbc.execute("DELETE FROM file_rejects");
        Path copy = transcode(file, workFolder);
        try {
            return stageReadable(jdbc, copy, fileName, table, columns);
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * Refuses a file DuckDB's reader would give up on as a whole (empty, UTF-16, binary, an open
     * quote, mixed line ends), with the line and what to do. Runs before any statement: a failed
     * statement would abort the file's transaction.
     */
    public static void check(Path file, String fileName) {
        CsvFileCheck.check(file, fileName, delimiterOf(firstLine(file)));
    }

    private static boolean hasInvalidEncoding(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM csv_reject_errors WHERE error_type = 'INVALID ENCODING'", Long.class);
        return n != null && n > 0;
    }

    private static Staged stageReadable(JdbcTemplate jdbc, Path readable, String fileName, String table, CsvColumns columns) {
        try {
            // DuckDB keeps what earlier read_csv calls of this connection stored: each file starts empty.
            jdbc.execute("DROP TABLE IF EXISTS csv_reject_errors");
            jdbc.execute("DROP TABLE IF EXISTS csv_reject_scans");
            char delimiter = delimiter(readable);
            String source = "read_csv(" + literal(readable.toString()) + ", all_varchar = true, header = true, delim = "
                    + literal(String.valueOf(delimiter)) + ", quote = '\"', escape = '\"', null_padding = false,"
                    + " store_rejects = true, rejects_table = 'csv_reject_errors', rejects_scan = 'csv_reject_scans')";
            // Describing the query only sniffs the header; the file is read once, below.
            List<String> headers = jdbc.queryForList("SELECT column_name FROM (DESCRIBE SELECT * FROM " + source + ")", String.class);
            List<String> twice = columns.duplicated(headerNames(readable));
            if (!twice.isEmpty()) {
                throw new FileRejectedException(fileName, "the header has the column " + String.join(", ", twice)
                        + " more than once, so it is not clear which one holds the values. Remove or rename the extra column and run again.");
            }
            Map<String, String> matched = columns.match(headers);
            List<String> missing = columns.required().stream().filter(c -> !matched.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                // Without a header row the first record reads as headers: never repeat it (names, addresses) into the warehouse.
                if (headers.stream().anyMatch(h -> h.contains("@"))) {
                    throw new FileRejectedException(fileName, "the first line holds data (an e-mail address among it), not the column "
                            + "names, so the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " cannot be found. "
                            + "Add the header line the export should start with, and run again.");
                }
                List<String> found = headers;
                throw new FileRejectedException(fileName, "the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                        + (missing.size() > 1 ? " are" : " is") + " missing (found: " + String.join(", ", found)
                        + "). Rename the header, or add the name your tool uses as an alias in application.yml"
                        + " (metrokaart.ingest.aliases." + columns.kind().code() + "." + missing.get(0) + ").");
            }
            String select = columns.all().stream()
                    .map(c -> matched.containsKey(c) ? "NULLIF(trim(" + identifier(matched.get(c)) + "), '') AS " + c : "CAST(NULL AS VARCHAR) AS " + c)
                    .collect(Collectors.joining(", "));
            jdbc.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT row_number() OVER () + 1 AS line, " + select + " FROM " + source);
            if (copyStructuralRejects(jdbc) > 0) {
                // The k-th good row sits after every rejected record that precedes it: count those
                // (an ASOF join on "good rows before each reject") to give it its real line number.
                jdbc.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS "
                        + "WITH skips AS (SELECT line - 1 - row_number() OVER (ORDER BY line) AS good_before, row_number() OVER (ORDER BY line) AS j "
                        + "               FROM csv_reject_errors_lines), "
                        + "steps AS (SELECT good_before, max(j) AS j FROM skips GROUP BY good_before) "
                        + "SELECT g.line + coalesce(s.j, 0) AS line, g.* EXCLUDE (line) FROM " + table + " g "
                        + "ASOF LEFT JOIN steps s ON g.line - 2 >= s.good_before ORDER BY g.line");
            }
            Long rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
            return new Staged(table, rows == null ? 0 : rows, matched);
        } catch (org.springframework.dao.DataAccessException e) {
            throw new FileRejectedException(fileName, "cannot be read as a CSV file (" + withoutContent(e.getMostSpecificCause().getMessage())
                    + "). Open it in a spreadsheet, save it as CSV UTF-8 and run again.");
        }
    }

    /**
     * The first line of DuckDB's message without what it quotes of the file: "Original Line: ..."
     * and any address would put a participant into the warehouse and the logs.
     */
    static String withoutContent(String message) {
        String first = message == null ? "unknown error" : message.lines().findFirst().orElse(message);
        int original = first.indexOf("Original Line");
        if (original >= 0) {
            first = first.substring(0, original).strip();
        }
        return first.replaceAll("[^\\s\"'<>(),;:]+@[^\\s\"'<>(),;:]+", "(an e-mail address)");
    }

    /** The first line's bytes as Latin-1 (delimiters are ASCII in every encoding read). */
    private static String firstLine(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            int end = 0;
            while (end < head.length && head[end] != '\n' && head[end] != '\r') {
                end++;
            }
            return new String(head, 0, end, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Whether the file's first 64 KB are UTF-8 (DuckDB checks the rest while it reads). */
    static boolean startsAsUtf8(Path file) {
        byte[] head = new byte[1 << 16];
        int n;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        // Not the end of input: a character cut off at 64 KB is not an error.
        return !decoder.decode(java.nio.ByteBuffer.wrap(head, 0, n), java.nio.CharBuffer.allocate(n + 1), n < head.length).isError();
    }

    /** Rows DuckDB could not split go to the file's rejects; returns how many. */
    private static long copyStructuralRejects(JdbcTemplate jdbc) {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE csv_reject_errors_lines AS SELECT DISTINCT line FROM csv_reject_errors");
        // Never the raw line (csv_line): it holds the row's addresses and names.
        jdbc.execute("INSERT INTO file_rejects SELECT line, any_value(column_name), NULL, "
                + "'the row has ' || CASE WHEN any_value(error_type) = 'TOO MANY COLUMNS' THEN 'more' ELSE 'fewer' END"
                + " || ' fields than the header (' || any_value(error_message) || '); is a value with the delimiter in it not quoted?' "
                + "FROM csv_reject_errors GROUP BY line");
        Long n = jdbc.queryForObject("SELECT count(*) FROM csv_reject_errors_lines", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The header's column names as the file spells them, for an input whose columns depend on its
     * header (a scan's survey questions): the first line, UTF-8 or else Windows-1252, split at the
     * delimiter outside quotes.
     */
    public static List<String> headerNames(Path file) {
        String line;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            int end = 0;
            while (end < head.length && head[end] != '\n' && head[end] != '\r') {
                end++;
            }
            byte[] first = java.util.Arrays.copyOf(head, end);
            line = startsAsUtf8(file) ? new String(first, StandardCharsets.UTF_8) : new String(first, Charset.forName("windows-1252"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        char delimiter = delimiterOf(line);
        List<String> names = new java.util.ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (char c : line.replace("\uFEFF", "").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        return names;
    }

    /** The delimiter of the header line: the most frequent of ; , and tab outside quotes. */
    static char delimiter(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            return header == null ? ',' : delimiterOf(header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static char delimiterOf(String header) {
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
    }

    /** A UTF-8 copy of a Windows-1252 file (Excel's "CSV" on Dutch Windows). */
    static Path transcode(Path file, Path workFolder) {
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
