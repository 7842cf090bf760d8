package nl.metrokaart.reportjobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's workbooks, read back. Workbook = model: every figure shown on the monthly summary,
 * funnel and conversion sheets is the value of the report model's row it came from (rpt_monthly_summary,
 * rpt_funnel, rpt_cohort_conversion, rpt_conversion_by_type; suppressed cells, a mark instead of a
 * number, excepted). And the workbooks show the figures they showed before the report layer of models (issue
 * #12): every numeric cell and every suppression mark of every sheet of the monthly (2026-10) and
 * impact (2025-10 .. 2026-10) workbooks, against the text files pinned from the earlier build in
 * {@code src/test/resources/pinned/}, and every text (suppression marks such as {@code <5}, captions). Cells that hold the moment of an ingest (the data quality
 * sheet's times, the dates of sources dated by their ingest) differ per run and are left out.
 *
 * <p>A change that is meant to move a figure rewrites the pinned files with
 * {@code -Dpinned.rewrite=true} (then review the diff).
 */
class SampleWorkbookFiguresTest {

    private static final Path PINNED = Path.of("src", "test", "resources", "pinned");
    /** Sheets whose cells depend on when the ingest ran (times, files dated by their ingest). */
    private static final Set<String> RUN_DEPENDENT = Set.of("Datakwaliteit", "Data quality");

    /** The summary's rows from row 6 on, in order: the model column each shows. */
    private static final List<String> SUMMARY = List.of("active_runs", "runs_below_minimum", "places_taken", "mean_occupancy_rate",
            "participants", "companies", "mkb_share", "new_companies", "runs_ended", "ended_participants", "completed",
            "completion_rate", "badges_issued", "certificates_earned", "converted", "conversion_rate", "rated_participants",
            "mean_gap", "at_target_share");
    /** State figures: the year to date ends on the month's end, so the sheet shows them once. */
    private static final int FIRST_STATE = SUMMARY.indexOf("conversion_rate");

    @TempDir
    static Path temp;
    static Workspace workspace;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTheSampleMonthlyReport() throws Exception {
        workspace = LoadedWarehouse.sample(temp);
        Result ingest = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        Result report = workspace.cli("report", "monthly", "--month", "2026-10");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        try (InputStream in = Files.newInputStream(workspace.out().resolve("maandrapportage-2026-10.xlsx"))) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void theMonthlyWorkbookShowsThePinnedFigures() throws Exception {
        assertPinned(workspace.out().resolve("maandrapportage-2026-10.xlsx"), "maandrapportage-2026-10.txt");
    }

    // ---- workbook = model: every shown figure of the summary, funnel and conversion sheets is its model row ----


    @Test
    void theImpactWorkbookShowsThePinnedFigures() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2025-10", "--to", "2026-10");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertPinned(workspace.out().resolve("impactrapportage-2025-10-tot-2026-10.xlsx"), "impactrapportage-2025-10-tot-2026-10.txt");
    }

    private static void assertPinned(Path workbook, String pinnedFile) throws Exception {
        List<String> actual = figures(workbook);
        Path pinned = PINNED.resolve(pinnedFile);
        if (Boolean.getBoolean("pinned.rewrite")) {
            Files.createDirectories(PINNED);
            Files.write(pinned, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(pinned, StandardCharsets.UTF_8);
        assertThat(actual).as("figures of %s against %s (rewrite with -Dpinned.rewrite=true)", workbook.getFileName(), pinned)
                .containsExactlyElementsOf(expected);
    }

    /** One line per figure: sheet!A1 and the value (numbers rounded to 10 significant digits, dates ISO, marks as shown). */
    static List<String> figures(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            for (Sheet sheet : workbook) {
                if (RUN_DEPENDENT.contains(sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (value != null) {
                            lines.add(sheet.getSheetName() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false)
                                    + "=" + value);
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static String value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                java.time.LocalDateTime at = cell.getLocalDateTimeCellValue();
                // Sources without dates of their own are dated by the day of their ingest: today.
                return at.toLocalDate().equals(java.time.LocalDate.now()) ? "(day of the ingest)" : at.toString();
            }
            return new BigDecimal(cell.getNumericCellValue()).round(new java.math.MathContext(10, RoundingMode.HALF_UP))
                    .stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            // Texts too: suppression marks (<5) and the captions that say what a figure is.
            String text = cell.getStringCellValue();
            return text.isEmpty() ? null : "'" + text.replace("\n", "\\n");
        }
        return null;
    }

    @Test
    void everySummaryFigureIsItsRowOfRptMonthlySummary() throws Exception {
        Map<String, Object> month = row("SELECT * FROM rpt_monthly_summary WHERE month = DATE '2026-10-01' AND period = 'month'");
        Map<String, Object> previous = row("SELECT * FROM rpt_monthly_summary WHERE month = DATE '2026-09-01' AND period = 'month'");
        Map<String, Object> year = row("SELECT * FROM rpt_monthly_summary WHERE month = DATE '2026-10-01' AND period = 'year_to_date'");
        Sheet summary = workbook.getSheet("Samenvatting");
        int checked = 0;
        for (int i = 0; i < SUMMARY.size(); i++) {
            Row row = summary.getRow(5 + i);
            String column = SUMMARY.get(i);
            checked += same(row.getCell(1), month.get(column), "month " + column);
            checked += same(row.getCell(2), previous.get(column), "previous month " + column);
            if (i < FIRST_STATE) {
                checked += same(row.getCell(4), year.get(column), "year to date " + column);
            } else {
                assertThat(row.getCell(4) == null || row.getCell(4).getCellType() == CellType.BLANK).as(column).isTrue();
            }
        }
        assertThat(checked).as("figures shown, not suppressed").isGreaterThan(40);
    }

    @Test
    void everyFunnelFigureIsItsRowOfRptFunnel() throws Exception {
        Sheet funnel = workbook.getSheet("Funnel");
        List<String> columns = List.of("enrolled", "present_any", "present_any_share", "completed", "completed_share", "with_badge",
                "with_badge_share", "with_followup", "with_followup_share");
        int runs = 0;
        int checked = 0;
        for (int r = 4; r <= funnel.getLastRowNum(); r++) {
            Row row = funnel.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING || row.getCell(4) == null) {
                continue;
            }
            String run = row.getCell(0).getStringCellValue();
            Map<String, Object> model = run.equals("Alle runs")
                    ? row("SELECT * FROM rpt_funnel WHERE month = DATE '2026-10-01' AND is_total")
                    : row("SELECT * FROM rpt_funnel WHERE month = DATE '2026-10-01' AND run_code = '" + run + "'");
            for (int c = 0; c < columns.size(); c++) {
                checked += same(row.getCell(4 + c), model.get(columns.get(c)), run + " " + columns.get(c));
            }
            runs++;
        }
        assertThat(runs).isEqualTo(count("SELECT count(*) FROM rpt_funnel WHERE month = DATE '2026-10-01'"));
        assertThat(checked).isGreaterThan(runs * 4);
    }

    @Test
    void everyConversionFigureIsItsRowOfRptCohortConversion() throws Exception {
        Sheet conversion = workbook.getSheet("Conversie");
        Row header = conversion.getRow(3);
        Map<Integer, String> byType = new HashMap<>();
        for (Cell cell : header) {
            if (cell.getStringCellValue().startsWith("Eerst ")) {
                byType.put(cell.getColumnIndex(), cell.getStringCellValue().substring("Eerst ".length()));
            }
        }
        assertThat(byType).isNotEmpty();
        int runs = 0;
        int checked = 0;
        for (int r = 4; r <= conversion.getLastRowNum(); r++) {
            Row row = conversion.getRow(r);
            if (row == null || row.getCell(5) == null || row.getCell(5).getCellType() == CellType.BLANK
                    || row.getCell(0).getCellType() != CellType.STRING) {
                continue;
            }
            String run = row.getCell(0).getStringCellValue();
            Map<String, Object> model = row("SELECT * FROM rpt_cohort_conversion WHERE month = DATE '2026-10-01' AND run_code = '" + run + "'");
            String[] columns = {"cohort_size", "converted", "conversion_rate", "median_days_to_convert"};
            for (int c = 0; c < columns.length; c++) {
                checked += same(row.getCell(5 + c), model.get(columns[c]), run + " " + columns[c]);
            }
            String[] companies = {"companies", "companies_converted", "company_conversion_rate"};
            int first = 5 + columns.length + byType.size();
            for (int c = 0; c < companies.length; c++) {
                checked += same(row.getCell(first + c), model.get(companies[c]), run + " " + companies[c]);
            }
            for (Map.Entry<Integer, String> type : byType.entrySet()) {
                long converted = count("SELECT coalesce(sum(converted), 0) FROM rpt_conversion_by_type WHERE month = DATE '2026-10-01' "
                        + "AND run_code = '" + run + "' AND followup_type = '" + type.getValue() + "'");
                checked += same(row.getCell(type.getKey()), converted, run + " first " + type.getValue());
            }
            runs++;
        }
        assertThat(runs).isEqualTo(count("SELECT count(*) FROM rpt_cohort_conversion WHERE month = DATE '2026-10-01'"));
        assertThat(checked).isGreaterThan(runs * 5);
    }

    /** 1 when the cell shows the model's value, 0 when it is suppressed (a mark) or empty for a NULL. */
    private static int same(Cell cell, Object model, String what) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            assertThat(model).as(what + ": an empty cell is a NULL of the model").isNull();
            return 0;
        }
        if (cell.getCellType() == CellType.STRING) {
            return 0; // suppressed: <k, – or × instead of the number
        }
        assertThat(model).as(what).isNotNull();
        assertThat(cell.getNumericCellValue()).as(what).isCloseTo(((Number) model).doubleValue(), within(1e-9));
        return 1;
    }

    private static Map<String, Object> row(String sql) throws Exception {
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            Map<String, Object> row = new HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            assertThat(rs.next()).as("one row: " + sql).isFalse();
            return row;
        }
    }

    private static long count(String sql) throws Exception {
        return workspace.count(sql);
    }
}
