package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.metrokaart.Workspace;

/**
 * A copy of the sample delivery with one thing broken, and what every fault test checks after
 * it: the other files load exactly as from the sample, and no e-mail address or participant name
 * of the sample is in the warehouse, the logs or what the command printed.
 */
public final class FaultySample {

    /** What each file of the sample delivery loads on its own: read, loaded, rejected. */
    public static final Map<String, List<Long>> SAMPLE_COUNTS = counts(
            "assessments.csv", 2_997, 2_997, 0,
            "badges/edubadges.csv", 519, 519, 0,
            "badges/ob2-assertions.json", 486, 486, 0,
            "badges/ob3-credentials.json", 69, 69, 0,
            "coachactiviteiten.csv", 259, 256, 3,
            "companies.csv", 55, 55, 0,
            "enrolments.csv", 1_559, 1_559, 0,
            "followups.csv", 25, 25, 0,
            "leercultuurscan-2026.csv", 1_236, 1_228, 8,
            "metrokaart.yaml", 1, 1, 0,
            "werkplekcoaches.csv", 27, 26, 1);

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static List<String> personal;

    private FaultySample() {
    }

    /** A copy of the sample delivery in {@code temp/name}. */
    public static Path copy(Path temp, String name) throws IOException {
        Path target = temp.resolve(name);
        try (Stream<Path> files = Files.walk(Workspace.SAMPLE_DELIVERY)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(Workspace.SAMPLE_DELIVERY.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    /** The sample's enrolments, as lines without their line ends (the header first). */
    public static List<String> enrolmentLines() throws IOException {
        return Files.readAllLines(Workspace.SAMPLE_DELIVERY.resolve("enrolments.csv"), StandardCharsets.UTF_8);
    }

    /** Every file of the sample but {@code except} is in the ledger with exactly the sample's counts. */
    public static void assertOtherFilesAsInSample(Workspace workspace, String... except) throws SQLException {
        Set<String> skip = Set.of(except);
        Map<String, List<Long>> expected = new LinkedHashMap<>(SAMPLE_COUNTS);
        expected.keySet().removeAll(skip);
        Map<String, List<Long>> actual = new LinkedHashMap<>();
        for (String row : workspace.strings("SELECT file_name || '|' || rows_read || '|' || rows_loaded || '|' || rows_rejected "
                + "FROM ingested_file ORDER BY file_name")) {
            String[] parts = row.split("\\|");
            if (!skip.contains(parts[0])) {
                actual.put(parts[0], List.of(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])));
            }
        }
        assertThat(actual).as("files other than " + skip + ": read, loaded, rejected").isEqualTo(expected);
    }

    /**
     * No e-mail address and no person's name of the sample anywhere: in any text column of the
     * warehouse (rejects, refusals and the job history included), in the log files, in {@code texts}
     * (what a command printed, a workbook's cells).
     */
    public static void assertNothingPersonal(Workspace workspace, String... texts) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE personal_text (needle VARCHAR)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO personal_text VALUES (?)")) {
                for (String needle : personal()) {
                    insert.setString(1, needle);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns WHERE table_catalog = "
                    + "current_database() AND table_schema = 'main' AND data_type = 'VARCHAR' AND table_name NOT IN "
                    + "(SELECT view_name FROM duckdb_views())")) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            assertThat(columns).isNotEmpty();
            for (String[] column : columns) {
                String value = '"' + column[1] + '"';
                try (ResultSet rs = s.executeQuery("SELECT '" + column[0] + "." + column[1] + ": ' || " + value + " FROM \"" + column[0]
                        + "\" WHERE regexp_matches(" + value + ", '" + ADDRESS.pattern() + "') OR EXISTS "
                        + "(SELECT 1 FROM personal_text WHERE contains(" + value + ", needle)) LIMIT 3")) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        List<String> outside = new ArrayList<>(List.of(texts));
        Path logs = workspace.root().resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.walk(logs)) {
                for (Path log : files.filter(Files::isRegularFile).toList()) {
                    outside.add(Files.readString(log, StandardCharsets.ISO_8859_1));
                }
            }
        }
        for (String text : outside) {
            Matcher address = ADDRESS.matcher(text);
            while (address.find()) {
                found.add("an address in the output or logs: " + address.group());
            }
            for (String needle : personal()) {
                if (text.contains(needle)) {
                    found.add("a name in the output or logs: " + needle);
                }
            }
        }
        assertThat(found).as("personal data of the sample").isEmpty();
    }

    /** The sample's e-mail addresses and the names of its participants and coaches. */
    static synchronized List<String> personal() throws SQLException {
        if (personal == null) {
            Set<String> all = new TreeSet<>();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                Path sample = Workspace.SAMPLE_DELIVERY;
                String[] queries = {
                    "SELECT DISTINCT participant_name FROM read_csv('" + sample.resolve("enrolments.csv") + "', all_varchar = true)",
                    "SELECT DISTINCT participant_email FROM read_csv('" + sample.resolve("enrolments.csv") + "', all_varchar = true)",
                    "SELECT DISTINCT \"Naam coach\" FROM read_csv('" + sample.resolve("werkplekcoaches.csv") + "', all_varchar = true)",
                    "SELECT DISTINCT \"E-mailadres coach\" FROM read_csv('" + sample.resolve("werkplekcoaches.csv") + "', all_varchar = true)"};
                for (String query : queries) {
                    try (ResultSet rs = s.executeQuery(query)) {
                        while (rs.next()) {
                            if (rs.getString(1) != null && !rs.getString(1).isBlank()) {
                                all.add(rs.getString(1).strip());
                            }
                        }
                    }
                }
            }
            assertThat(all).hasSizeGreaterThan(100);
            personal = List.copyOf(all);
        }
        return personal;
    }

    private static Map<String, List<Long>> counts(Object... values) {
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 4) {
            counts.put((String) values[i], List.of(((Number) values[i + 1]).longValue(), ((Number) values[i + 2]).longValue(),
                    ((Number) values[i + 3]).longValue()));
        }
        return counts;
    }

    /** Lines 1-30 of the sample's enrolments, line 10 with a quoted value that has text after its closing quote. */
    static byte[] textAfterClosingQuote(List<String> lines) {
        List<String> copy = new ArrayList<>(lines.subList(0, 30));
        copy.set(9, copy.get(9).replaceFirst(",", ",\"").replaceFirst(",([A-Z][a-z]+ )", ",\"$1"));
        return (String.join("\n", copy) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Every sheet name and cell of a workbook as text, one per line. */
    static String cellTexts(Path workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                text.append(sheet.getSheetName()).append('\n');
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
