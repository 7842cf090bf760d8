package nl.metrokaart.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leercultuurscan marts against the golden fixture: the golden delivery (whose catalogue has a
 * leercultuurscan block), then the scan exports of {@code golden/leercultuur/} (a long CSV and a
 * wide one), each mart compared with its table in {@code golden/expected/leercultuur/}, worked
 * out by hand in the golden README (section Leercultuurscan). Values formatted as in
 * {@link GoldenMartsTest}; rows compared in any order.
 */
class GoldenLeercultuurTest {

    static final String D = GoldenMartsTest.D;

    private static final Path GOLDEN = resource("/golden");

    @TempDir
    static Path temp;

    private static Workspace workspace;
    /**
     * respondent_key -> what a table writes for it: the (lower-cased) e-mail address or respondent id it is the
     * pseudonym of, or for an anonymous row {@code rij-<file name>-<line>} (its key names the file by its hash).
     */
    private static final Map<String, String> RESPONDENT_OF_KEY = new HashMap<>();

    @BeforeAll
    static void ingestTheGoldenDeliveryAndItsScans() throws Exception {
        workspace = LoadedWarehouse.goldenWithScans(temp);
        Result delivery = LoadedWarehouse.ingestsOf(GOLDEN.resolve("delivery"), GOLDEN.resolve("leercultuur")).get(0);
        assertThat(delivery.exitCode()).as(delivery.toString()).isZero();
        Result scans = LoadedWarehouse.ingestsOf(GOLDEN.resolve("delivery"), GOLDEN.resolve("leercultuur")).get(1);
        assertThat(scans.exitCode()).as(scans.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM reject")).as(scans.toString()).isZero();
        // rows are answers: 24 in the long file, 22 respondents x 4 score columns in the wide one
        assertThat(workspace.strings("SELECT file_name || ' ' || kind || ' ' || rows_read || ' ' || rows_loaded FROM ingested_file "
                + "WHERE kind = 'leercultuurscans' ORDER BY file_name"))
                .containsExactly("enquete-leercultuur.csv leercultuurscans 88 88", "leercultuurscan-2026-q1.csv leercultuurscans 24 24");

        byte[] key = Files.readString(temp.resolve("key").resolve("pseudonym.key")).trim().getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Stream.concat(Files.walk(GOLDEN.resolve("delivery")), Files.walk(GOLDEN.resolve("leercultuur")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String token : Files.readString(file, StandardCharsets.UTF_8).split("[;,|\"\\s]+")) {
                    if (!token.isBlank()) {
                        String value = token.trim().toLowerCase(Locale.ROOT);
                        RESPONDENT_OF_KEY.put(GoldenMartsTest.hmac(key, value), value);
                    }
                }
            }
        }
        for (String file : workspace.strings("SELECT sha256 || ' ' || file_name FROM ingested_file WHERE kind = 'leercultuurscans'")) {
            String[] parts = file.split(" ", 2);
            RESPONDENT_OF_KEY.put("rij-" + parts[0], "rij-" + parts[1]);
        }
    }

    @Test
    void score() throws Exception {
        assertMart("SELECT * FROM leercultuur_score(" + D + ")", "leercultuur_score.csv");
    }

    /**
     * The scores computed once for every date: each company's state from each of its answer days (golden/README.md); the
     * table's states that hold on 2026-06-30 are exactly leercultuur_score.csv (checked by the worksheet), which score() compares.
     */
    @Test
    void scoreHistory() throws Exception {
        assertMart("SELECT * FROM leercultuur_score_history", "leercultuur_score_history.csv");
    }

    @Test
    void change() throws Exception {
        assertMart("SELECT * FROM leercultuur_change(" + D + ")", "leercultuur_change.csv");
    }

    @Test
    void distribution() throws Exception {
        assertMart("SELECT * FROM leercultuur_distribution(" + D + ", 5)", "leercultuur_distribution.csv");
    }

    @Test
    void conversion() throws Exception {
        assertMart("SELECT * FROM leercultuur_conversion(" + D + ", 12, 5)", "leercultuur_conversion.csv");
    }

    /** The scan is a source of its own once loaded: its latest answer (Delta's of 2 July) and its 24 + 88 answers. */
    @Test
    void theScanIsASourceWithItsLatestAnswer() throws Exception {
        assertThat(rows("SELECT * FROM source_freshness WHERE source = 'leercultuurscans'")).containsExactly("leercultuurscans,2026-07-02,112");
    }

    /** The staging model under the scores: each respondent's latest response per dimension (golden/README.md, Leercultuurscan). */
    @Test
    void respondent() throws Exception {
        assertMart("SELECT * FROM stg_leercultuur_respondent(" + D + ")", "stg_leercultuur_respondent.csv");
    }

    /** The leercultuur sheets' table: each company's latest scan beside the one before it (only Alfa has two). */
    @Test
    void reportScores() throws Exception {
        assertMart("SELECT * FROM rpt_leercultuur_scores(" + D + ")", "rpt_leercultuur_scores.csv");
    }

    // ---- the rules the tables alone do not show moving ----

    /** At the end of April Alfa's May scan has not happened: its January scan is its latest, and there is no change. */
    @Test
    void aScanAfterDDoesNotCountYet() throws Exception {
        assertThat(rows("SELECT scan_id, is_latest, dimension_code, score FROM leercultuur_score(DATE '2026-04-30') "
                + "WHERE company_kvk = '01234567'"))
                .containsExactlyInAnyOrder("2026-01,true,RUIMTE,3", "2026-01,true,FEEDBACK,2", "2026-01,true,KENNIS,3.5");
        assertThat(rows("SELECT * FROM leercultuur_change(DATE '2026-04-30')")).isEmpty();
    }

    /** Delta's answer of 2 July is a scan of July: at the end of July it is Delta's latest, of one respondent. */
    @Test
    void anAnswerAfterDMakesALaterScan() throws Exception {
        assertThat(rows("SELECT scan_id, scan_respondents, dimension_code, score FROM leercultuur_score(DATE '2026-07-31') "
                + "WHERE company_kvk = '45678901' AND is_latest"))
                .containsExactlyInAnyOrder("2026-07,1,RUIMTE,1", "2026-07,1,FEEDBACK,1", "2026-07,1,KENNIS,1");
    }

    /** With k = 3 Bravo's scan of three respondents counts: overall (13/3 + 11/3 + 13/3) / 3 = 4.1111, hoog, converted. */
    @Test
    void aSmallerKLetsASmallScanCount() throws Exception {
        assertThat(rows("SELECT * FROM leercultuur_conversion(" + D + ", 12, 3)"))
                .containsExactly("laag,1,1,0,0,true", "midden,1,1,0,0,false", "hoog,3,3,3,1,false");
        assertThat(rows("SELECT companies, round(max_score, 4) FROM leercultuur_distribution(" + D + ", 3) WHERE dimension_code = 'RUIMTE'"))
                .containsExactly("5,4.3333");
    }

    /** Without min_respondents the catalogue's rules.min_group_size (5) applies: the golden tables again. */
    @Test
    void theCataloguesKIsTheDefault() throws Exception {
        assertThat(rows("SELECT * FROM leercultuur_distribution(" + D + ")"))
                .containsExactlyInAnyOrderElementsOf(rows("SELECT * FROM leercultuur_distribution(" + D + ", 5)"));
        assertThat(rows("SELECT * FROM leercultuur_conversion(" + D + ", 12)")).containsExactly(
                "laag,1,1,0,0,true", "midden,1,1,0,0,false", "hoog,2,2,2,1,false");
    }

    /** A newer delivery of a company's scan replaces all of that scan, anonymous rows included. */
    @Test
    void aNewerDeliveryOfAScanReplacesIt() throws Exception {
        Path again = temp.resolve("again");
        Files.createDirectories(again);
        Files.writeString(again.resolve("leercultuurscan-herlevering.csv"), """
                kvk,respondent,dimensie,score,datum
                34567890,r1,RUIMTE,5,20-04-2026
                """);
        Workspace other = LoadedWarehouse.goldenWithScans(temp.resolve("other"));
        Result result = other.cli("ingest", again.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(other.strings("SELECT scan_respondents || ' ' || dimension_code || ' ' || score FROM leercultuur_score(" + D + ") "
                + "WHERE company_kvk = '34567890'")).containsExactly("1 RUIMTE 5.0");
    }

    // ---- comparing ----

    private static void assertMart(String mart, String expectedFile) throws Exception {
        List<String> expected = Files.readAllLines(GOLDEN.resolve("expected").resolve("leercultuur").resolve(expectedFile), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();
        String sql = mart.replaceFirst("^SELECT \\* FROM", "SELECT " + expected.get(0) + " FROM");
        assertThat(rows(sql)).as("%s against golden/expected/leercultuur/%s", sql, expectedFile)
                .containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = GoldenMartsTest.format(rs.getObject(i));
                    if (meta.getColumnLabel(i).endsWith("_key")) {
                        value = respondent(value);
                    }
                    row.add(value);
                }
                rows.add(String.join(",", row));
            }
        }
        return rows;
    }

    private static String respondent(String key) {
        if (key.startsWith("rij-")) {
            int line = key.lastIndexOf('-');
            return Objects.requireNonNull(RESPONDENT_OF_KEY.get(key.substring(0, line)), key) + key.substring(line);
        }
        return Objects.requireNonNull(RESPONDENT_OF_KEY.get(key), "a respondent key of nothing in the scans: " + key);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(GoldenLeercultuurTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
