package nl.metrokaart.reportjobs;

import static nl.metrokaart.testing.Workbooks.column;
import static nl.metrokaart.testing.Workbooks.open;
import static nl.metrokaart.testing.Workbooks.rowWith;
import static nl.metrokaart.testing.Workbooks.sheetNames;
import static nl.metrokaart.testing.Workbooks.text;
import static nl.metrokaart.testing.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both reports on the committed sample delivery, through the real command line, read back with
 * POI and held against the marts they come from.
 */
class ReportsFunctionalTest {

    /** A number stored as text: what a report must never write. */
    private static final Pattern NUMBER_AS_TEXT = Pattern.compile("^[-+]?[0-9][0-9.,]*%?$");

    @TempDir
    static Path temp;
    static Workspace workspace;

    @BeforeAll
    static void ingestTheSampleDelivery() {
        workspace = LoadedWarehouse.sample(temp);
        Result ingest = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    }

    @Test
    void theMonthlyReportShowsTheMartsOnEverySheet() throws Exception {
        Result result = workspace.cli("report", "monthly", "--month", "2026-10");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path file = workspace.out().resolve("maandrapportage-2026-10.xlsx");
        assertThat(result.out()).contains("Wrote " + file);
        for (String chart : List.of("bezetting", "trend", "skills", "funnel", "conversie")) {
            assertThat(workspace.out().resolve("maandrapportage-2026-10-" + chart + ".png")).isNotEmptyFile();
        }
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Overzicht", "Samenvatting", "Doelen", "Bezetting", "Trend", "Skills per lijn", "Skills per bedrijf",
                    "Funnel", "Conversie", "Badges", "Certificaten", "Werkplekcoaches", "Leercultuur", "Datakwaliteit", "Afgewezen rijen", "Definities");

            XSSFSheet summary = workbook.getSheet("Samenvatting");
            assertThat(number(rowWith(summary, 0, "Bedrijven bereikt"), 1))
                    .isEqualTo(workspace.count("SELECT companies FROM reach(DATE '2026-10-01', DATE '2026-10-31') WHERE split = 'totaal'"));
            assertThat(number(rowWith(summary, 0, "Deelnemers bereikt (een sessie in de periode)"), 4))
                    .isEqualTo(workspace.count("SELECT participants FROM reach(DATE '2026-01-01', DATE '2026-10-31') WHERE split = 'totaal'"));
            assertThat(number(rowWith(summary, 0, "Certificaten behaald"), 2))
                    .isEqualTo(workspace.count("SELECT count(*) FROM certificates_earned WHERE earned_on BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"));

            assertThat(number(rowWith(workbook.getSheet("Bezetting"), 0, "GEEL-2026-07"), 5))
                    .isEqualTo(workspace.count("SELECT participants FROM run_occupancy WHERE run_code = 'GEEL-2026-07'")).isEqualTo(19);

            Row geelOctober = null;
            for (Row row : workbook.getSheet("Trend")) {
                if (text(row, 1).equals("GEEL") && row.getCell(0).getCellType() == CellType.NUMERIC
                        && row.getCell(0).getLocalDateTimeCellValue().toLocalDate().equals(LocalDate.of(2026, 10, 1))) {
                    geelOctober = row;
                }
            }
            assertThat(geelOctober).isNotNull();
            assertThat(number(geelOctober, 4)).isEqualTo(workspace.count(
                    "SELECT participants FROM monthly_occupancy WHERE month = DATE '2026-10-01' AND lijn_code = 'GEEL'"));

            XSSFSheet skills = workbook.getSheet("Skills per lijn");
            int gapRood = column(skills, 3, "Gap ROOD");
            double expectedGap = Double.parseDouble(workspace.strings(
                    "SELECT avg(gap) FROM skill_gap(DATE '2026-10-31') WHERE lijn_code = 'ROOD' AND skill_code = 'SM-STOR'").get(0));
            assertThat(rowWith(skills, 0, "SM-STOR").getCell(gapRood).getNumericCellValue()).isCloseTo(expectedGap, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(skills.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);

            // Figures about the people of one company follow the rule in the board's report too.
            assertThat(texts(workbook.getSheet("Skills per bedrijf"))).contains("<5");

            assertThat(number(rowWith(workbook.getSheet("Funnel"), 0, "BLAUW-2025-11"), 4))
                    .isEqualTo(workspace.count("SELECT enrolled FROM funnel(DATE '2026-10-31') WHERE run_code = 'BLAUW-2025-11'"));
            assertThat(number(rowWith(workbook.getSheet("Conversie"), 0, "BLAUW-2025-11"), 6))
                    .isEqualTo(workspace.count("SELECT converted FROM conversion(DATE '2026-10-31', 12) WHERE run_code = 'BLAUW-2025-11'"));
            assertThat(number(rowWith(workbook.getSheet("Badges"), 0, "NM-101"), 4))
                    .isEqualTo(workspace.count("SELECT issued FROM module_badges WHERE module_code = 'NM-101'"));
            assertThat(number(rowWith(workbook.getSheet("Certificaten"), 0, "MBO-SM"), 5))
                    .isEqualTo(workspace.count("SELECT count(*) FROM certificates_earned WHERE certificate_code = 'MBO-SM' AND earned_on <= DATE '2026-10-31'"));
            assertThat(number(rowWith(workbook.getSheet("Datakwaliteit"), 0, "enrolments.csv"), 3))
                    .isEqualTo(workspace.count("SELECT rows_read FROM ingested_file WHERE file_name = 'enrolments.csv'")).isEqualTo(1559);

            for (String sheet : List.of("Bezetting", "Trend", "Skills per lijn", "Funnel", "Conversie")) {
                assertThat(workbook.getSheet(sheet).getDrawingPatriarch().getShapes()).as(sheet).singleElement().isInstanceOf(XSSFPicture.class);
            }
            assertNoNumberStoredAsText(workbook);
        }
    }

    /**
     * report monthly --pdf: the board pack beside the workbook, its tiles equal to the marts, plan
     * against actual equal to the model rpt_target_progress (the sample catalogue sets targets).
     */
    @Test
    void theBoardPackIsAPdfWithTheMartsFiguresAndPlanAgainstActual() throws Exception {
        Result result = workspace.cli("report", "monthly", "--month", "2026-10", "--pdf");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path pdfFile = workspace.out().resolve("maandrapportage-2026-10.pdf");
        assertThat(result.out()).contains("Wrote " + workspace.out().resolve("maandrapportage-2026-10.xlsx")).contains("Wrote " + pdfFile);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfFile.toFile())) {
            // the board page, plan against actual, occupancy, skills, conversion, the metrokaart
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
            String board = pdfText(pdf, 1);
            assertThat(board).contains("Deelnemers bereikt\n" + workspace.count(
                    "SELECT participants FROM reach(DATE '2026-10-01', DATE '2026-10-31') WHERE split = 'totaal'"));
            assertThat(board).contains("Bedrijven bereikt\n" + workspace.count(
                    "SELECT companies FROM reach(DATE '2026-10-01', DATE '2026-10-31') WHERE split = 'totaal'"));
            assertThat(board).contains("Certificaten behaald\n" + workspace.count(
                    "SELECT count(*) FROM certificates_earned WHERE earned_on BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"));
            String plan = pdfText(pdf, 2);
            String progress = "FROM rpt_target_progress(DATE '2026-10-31', 0.9, 0.75) WHERE kpi = ";
            assertThat(plan).contains("Deelnemers bereikt jaar 2026 360 " + workspace.count("SELECT CAST(actual AS BIGINT) " + progress + "'participants_reached'"));
            for (String status : workspace.strings("SELECT status " + progress + "'conversions'")) {
                assertThat(status).isEqualTo("behind");
                assertThat(plan).containsPattern("Conversies naar een vervolgtraject jaar 2026 40 \\d+ .* achter");
            }
            // the month's metrokaart from the models rpt_map_lijn and rpt_map_station, its text selectable
            String map = pdfText(pdf, 6);
            assertThat(map).startsWith("De metrokaart van ").contains("oktober 2026");
            assertThat(map).contains(workspace.strings("SELECT lijn_code FROM rpt_map_lijn(DATE '2026-10-01', DATE '2026-10-31')"));
            assertThat(List.of(map.split("\\s+"))).contains(String.valueOf(workspace.count(
                    "SELECT max(participants) FROM rpt_map_station(DATE '2026-10-01', DATE '2026-10-31')")));
        }
        try (XSSFWorkbook workbook = open(workspace.out().resolve("maandrapportage-2026-10.xlsx"))) {
            assertThat(workbook.getPrintArea(0)).startsWith("Overzicht!$A$1:$J$");
            assertThat(workbook.getSheetAt(0).getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(workbook.getSheet("Doelen")).isNotNull();
            // The seam rpt_target_actual gives the year to date exactly as the summary shows it.
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            String actual = "SELECT CAST(actual AS BIGINT) FROM rpt_target_actual(DATE '2026-01-01', DATE '2026-10-31') WHERE kpi = ";
            assertThat(number(rowWith(summary, 0, "Deelnemers bereikt (een sessie in de periode)"), 4))
                    .isEqualTo(workspace.count(actual + "'participants_reached'"));
            assertThat(number(rowWith(summary, 0, "Bedrijven bereikt"), 4)).isEqualTo(workspace.count(actual + "'companies_reached'"));
            assertThat(number(rowWith(summary, 0, "Badges uitgereikt"), 4)).isEqualTo(workspace.count(actual + "'badges_issued'"));
            assertThat(number(rowWith(summary, 0, "Certificaten behaald"), 4)).isEqualTo(workspace.count(actual + "'certificates_earned'"));
            assertThat(number(rowWith(summary, 0, "Gestart met een vervolgtraject (conversies)"), 4))
                    .isEqualTo(workspace.count(actual + "'conversions'"));
        }
    }

    /** report impact --pdf: the funder's overview, plan against actual per quarter, then the impact workbook's charts. */
    @Test
    void theImpactPackIsAPdfToo() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2026-01", "--to", "2026-06", "--pdf");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path pdfFile = workspace.out().resolve("impactrapportage-2026-01-tot-2026-06.pdf");
        assertThat(result.out()).contains("Wrote " + pdfFile);
        long charts;
        try (var files = Files.list(workspace.out())) {
            charts = files.filter(f -> f.getFileName().toString().startsWith("impactrapportage-2026-01-tot-2026-06-")
                    && f.getFileName().toString().endsWith(".png")).count();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfFile.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2 + charts);
            // the overview's tiles: the period's figures of the model rpt_period_summary
            String overview = pdfText(pdf, 1);
            String period = "FROM rpt_period_summary(DATE '2026-01-01', DATE '2026-06-30')";
            assertThat(overview).contains("Impactoverzicht januari 2026 tot en met juni 2026",
                    "Deelnemers bereikt\n" + workspace.count("SELECT participants " + period),
                    "Bedrijven bereikt\n" + workspace.count("SELECT companies " + period),
                    "Certificaten behaald\n" + workspace.count("SELECT certificates_earned " + period));
            String plan = pdfText(pdf, 2);
            assertThat(plan).contains("Plan tegen realisatie", "31 maart 2026", "30 juni 2026");
        }
    }

    private static String pdfText(org.apache.pdfbox.pdmodel.PDDocument pdf, int page) throws Exception {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replace("\r\n", "\n");
    }

    @Test
    void theImpactReportIsAggregatedProtectedAndNamesNoCompany() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2025-10", "--to", "2026-10");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path file = workspace.out().resolve("impactrapportage-2025-10-tot-2026-10.xlsx");
        assertThat(result.out()).contains("Wrote " + file);
        assertThat(workspace.out().resolve("impactrapportage-2025-10-tot-2026-10-leerwinst.png")).isNotEmptyFile();
        assertThat(workspace.out().resolve("impactrapportage-2025-10-tot-2026-10-conversie.png")).isNotEmptyFile();
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Overzicht", "Samenvatting", "Doelen", "Bereik", "Voltooiing", "Badges", "Certificaten", "Leerwinst",
                    "Conversie", "Werkplekcoaches", "Leercultuur", "Definities");
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            assertThat(text(summary.getRow(3), 1)).isEqualTo("K4 2025");
            assertThat(text(summary.getRow(3), 6)).isEqualTo("Hele periode");
            assertThat(number(rowWith(summary, 0, "Deelnemers bereikt"), 6))
                    .isEqualTo(workspace.count("SELECT participants FROM reach(DATE '2025-10-01', DATE '2026-10-31') WHERE split = 'totaal'"));
            assertThat(number(rowWith(summary, 0, "Badges uitgereikt"), 6))
                    .isEqualTo(workspace.count("SELECT sum(issued) FROM module_badges_monthly WHERE month BETWEEN DATE '2025-10-01' AND DATE '2026-10-31'"));

            // Every people count below 5 reads <5, in the funder's report on every sheet.
            XSSFSheet badges = workbook.getSheet("Badges");
            assertThat(texts(badges)).contains("<5");
            assertThat(texts(workbook.getSheet("Certificaten"))).contains("<5");

            // Complementary suppression: no row (quarters and their period) and no quarter's column
            // (modules and their total) holds exactly one hidden count, which its total would give away.
            for (String sheet : List.of("Badges", "Certificaten")) {
                List<Row> rows = bodyRows(workbook.getSheet(sheet), 3);
                assertThat(rows).isNotEmpty();
                for (Row row : rows) {
                    assertThat(hiddenIn(row, 2, 6)).as(sheet + " row " + text(row, 0)).isNotEqualTo(1);
                }
                for (int c = 2; c <= 6; c++) {
                    int column = c;
                    assertThat(rows.stream().filter(r -> isHidden(r.getCell(column))).count()).as(sheet + " column " + c).isNotEqualTo(1);
                }
                assertThat(rows.stream().mapToLong(r -> hiddenIn(r, 2, 6)).sum()).as(sheet + " hides something").isPositive();
            }

            // No company is named, and no kvk number appears.
            List<String> everything = new ArrayList<>();
            workbook.forEach(sheet -> everything.addAll(texts((XSSFSheet) sheet)));
            List<String> companies = workspace.strings("SELECT name FROM company WHERE name IS NOT NULL");
            List<String> kvks = workspace.strings("SELECT company_kvk FROM company");
            assertThat(companies).isNotEmpty();
            for (String text : everything) {
                assertThat(companies).as("a company name in the funder's report").doesNotContain(text);
                assertThat(kvks).doesNotContain(text);
            }
            for (String sheet : List.of("Leerwinst", "Conversie")) {
                assertThat(workbook.getSheet(sheet).getDrawingPatriarch().getShapes()).as(sheet).singleElement().isInstanceOf(XSSFPicture.class);
            }
            assertNoNumberStoredAsText(workbook);
        }
    }

    @Test
    void kCanBeRaisedForOneReportAndTheReportSpeaksEnglish() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2026-01", "--to", "2026-06", "--lang", "en", "--min-group-size", "10");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = open(workspace.out().resolve("impact-report-2026-01-to-2026-06.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Summary", "Targets", "Reach", "Completion", "Badges", "Certificates", "Learning gain",
                    "Conversion", "Workplace coaches", "Learning culture", "Definitions");
            assertThat(text(workbook.getSheet("Summary").getRow(3), 1)).isEqualTo("Q1 2026");
            assertThat(texts(workbook.getSheet("Badges"))).contains("<10").doesNotContain("<5");
        }
        Result lower = workspace.cli("report", "impact", "--from", "2026-01", "--to", "2026-06", "--min-group-size", "0");
        assertThat(lower.exitCode()).isEqualTo(2);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAUsageError() {
        Result result = workspace.cli("report", "impact", "--from", "2026-06", "--to", "2026-01");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--to 2026-01 is before --from 2026-06");
    }

    private static long number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("cell " + column + " of " + text(row, 0)).isEqualTo(CellType.NUMERIC);
        return Math.round(cell.getNumericCellValue());
    }

    /** The rows of a sheet's first table, below its header. */
    private static List<Row> bodyRows(XSSFSheet sheet, int headerRow) {
        var table = sheet.getTables().get(0);
        List<Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= table.getEndRowIndex(); r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    private static boolean isHidden(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING;
    }

    private static long hiddenIn(Row row, int from, int to) {
        long hidden = 0;
        for (int c = from; c <= to; c++) {
            if (isHidden(row.getCell(c))) {
                hidden++;
            }
        }
        return hidden;
    }

    /** Rejected values are shown as delivered, and a kvk number is text of 8 digits by definition. */
    private static void assertNoNumberStoredAsText(XSSFWorkbook workbook) {
        workbook.forEach(sheet -> {
            if (sheet.getSheetName().equals("Afgewezen rijen")) {
                return;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().matches("[0-9]{8}")) {
                        assertThat(NUMBER_AS_TEXT.matcher(cell.getStringCellValue().trim()).matches())
                                .as(sheet.getSheetName() + " " + cell.getAddress() + " '" + cell.getStringCellValue() + "' is a number stored as text")
                                .isFalse();
                    }
                }
            }
        });
    }
}
