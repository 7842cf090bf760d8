package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.metrokaart.reports.monthly.MonthlyWorkbook;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole Maandrapportage on a hand-made model: every sheet, its numbers, its marks and its charts. */
class FullMonthlyWorkbookTest {

    static MonthlyReport report() {
        YearMonth month = YearMonth.of(2026, 10);
        List<RunOccupancy> runs = List.of(
                new RunOccupancy("ROOD-2026-10", "ROOD", "Rode lijn", "#D7263D", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19),
                        7, 8, 20, 0.35, BandStatus.ONDER_MINIMUM),
                new RunOccupancy("GEEL-2026-09", "GEEL", "Gele lijn", "#F4D35E", LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 29),
                        23, 8, 20, 1.15, BandStatus.OVERBOEKT));
        PeriodKpis october = new PeriodKpis(6, 1, 92, 0.767, 89, 31, 0.903, 1, 6, 92, 73, 73 / 92.0, 95, 16, 3,
                305, 12, 12 / 305.0, true, 305, 0.62, 0.555);
        PeriodKpis september = new PeriodKpis(7, 0, 111, 0.831, 107, 34, 0.912, 0, 2, 4, 3, 0.75, 124, 13, 2,
                300, 10, 10 / 300.0, true, 303, 0.67, 0.523);
        // the report model's change (rpt_monthly_summary's *_change columns): October minus September
        PeriodKpis change = new PeriodKpis(-1, 1, -19, 0.767 - 0.831, -18, -3, 0.903 - 0.912, 1, 4, 88, 70, 73 / 92.0 - 0.75, -29, 3, 1,
                5, 2, 12 / 305.0 - 10 / 300.0, false, 2, 0.62 - 0.67, 0.555 - 0.523);
        PeriodKpis year = new PeriodKpis(24, 2, 336, 0.725, 314, 55, 0.927, 24, 24, 336, 283, 283 / 336.0, 958, 76, 13,
                305, 12, 12 / 305.0, true, 305, 0.62, 0.555);
        List<LijnMonth> trend = List.of(
                new LijnMonth(YearMonth.of(2026, 9), "GEEL", "Gele lijn", "#F4D35E", 2, 42, 0),
                new LijnMonth(month, "GEEL", "Gele lijn", "#F4D35E", 2, 42, 0),
                new LijnMonth(month, "ROOD", "Rode lijn", "#D7263D", 2, 21, 1));
        List<SkillGap> byLijn = List.of(
                new SkillGap("SM-STOR", "Storingen analyseren", "ROOD", "Rode lijn", 58, 15, 1.59, 0.155),
                new SkillGap("SM-DATA", "Data duiden", "ROOD", "Rode lijn", 3, 1, 0.67, 0.33),
                new SkillGap("SM-DATA", "Data duiden", "GEEL", "Gele lijn", 40, 2, 0.2, 0.8));
        List<SkillGap> byCompany = List.of(
                new SkillGap("SM-DATA", "Data duiden", "01234567", "=Bad Company", 4, 3, 1.0, 0.25),
                new SkillGap("SM-STOR", "Storingen analyseren", "01234567", "=Bad Company", 6, 0, 1.5, 0.1),
                new SkillGap("SM-DATA", "Data duiden", "87654321", "Tiny BV", 2, 0, 1.0, 0.0));
        List<FunnelStep> funnel = List.of(
                new FunnelStep("ROOD-2026-02", "ROOD", LocalDate.of(2026, 2, 24), LocalDate.of(2026, 4, 29), 3, 3, 3, 3, 1,
                        1.0, 1.0, 1.0, 1 / 3.0, true),
                new FunnelStep("GEEL-2026-09", "GEEL", LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 29), 23, 22, 15, 20, 0,
                        22 / 23.0, 15 / 23.0, 20 / 23.0, 0.0, true),
                new FunnelStep(null, null, LocalDate.of(2026, 2, 24), LocalDate.of(2026, 10, 29), 26, 25, 18, 23, 1,
                        25 / 26.0, 18 / 26.0, 23 / 26.0, 1 / 26.0, true));
        List<CohortConversion> conversion = List.of(
                new CohortConversion("BLAUW-2025-11", "BLAUW", LocalDate.of(2026, 1, 7), LocalDate.of(2027, 1, 7), true, 10, 3, 0.3, 42.0,
                        Map.of("cursus", 2L, "innovatieproject", 1L), 8, 4, 0.5),
                new CohortConversion("ROOD-2025-01", "ROOD", LocalDate.of(2025, 3, 7), LocalDate.of(2026, 3, 7), false, 22, 8, 8 / 22.0, 60.0,
                        Map.of("cursus", 5L, "opleiding", 3L), 15, 6, 0.4));
        List<ModuleBadges> badges = List.of(
                new ModuleBadges("NM-101", "Sensoren in de praktijk", 5, 34, 54, 43, 1, 68, 54, 54 / 68.0, 54, 43 / 54.0),
                new ModuleBadges("NM-124", "Investeren", 0, 15, 15, 0, 0, 4, 3, 0.75, 0, null));
        List<CertificatesEarned> certificates = List.of(
                new CertificatesEarned("MBO-SM", "mbo-certificaat Smart Maintenance", "mbo-certificaat", 3, 31, 31));
        DataQuality quality = new DataQuality(List.of(
                new DataQuality.FileRecord("enrolments.csv", "enrolments", "loaded", 1559L, 1557L, 2L, LocalDateTime.of(2026, 11, 1, 9, 30), null),
                new DataQuality.FileRecord("oud.csv", "enrolments", "refused", null, null, null, LocalDateTime.of(2026, 11, 1, 9, 31),
                        "=HYPERLINK(\"x\") 40 of 50 rows were rejected")),
                List.of(new DataQuality.Reject("enrolments.csv", 14L, "module_code", "=NM-999", "module code NM-999 is not in metrokaart.yaml")),
                2);
        return new MonthlyReport("PPS Test", month, 5, 12, runs,
                List.of(new SourceFreshness("enrolments", LocalDate.of(2026, 10, 29), 1559)),
                october, september, year, trend, byLijn, byCompany, Map.of("01234567", 9L, "87654321", 2L, "11111111", 12L),
                funnel, conversion, List.of("cursus", "innovatieproject", "opleiding"), badges, certificates, quality, Coaching.none(), change);
    }

    @Test
    void everySheetIsThereWithNumbersMarksAndCharts(@TempDir Path temp) throws Exception {
        WrittenReport written = MonthlyWorkbook.write(report(), ReportLanguage.NL, temp);

        assertThat(written.charts()).extracting(p -> p.getFileName().toString()).containsExactly(
                "maandrapportage-2026-10-bezetting.png", "maandrapportage-2026-10-trend.png", "maandrapportage-2026-10-skills.png",
                "maandrapportage-2026-10-funnel.png", "maandrapportage-2026-10-conversie.png");
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Overzicht", "Samenvatting", "Bezetting", "Trend", "Skills per lijn", "Skills per bedrijf", "Funnel",
                    "Conversie", "Badges", "Certificaten", "Datakwaliteit", "Afgewezen rijen", "Definities");
            for (String sheet : List.of("Bezetting", "Trend", "Skills per lijn", "Funnel", "Conversie")) {
                assertThat(workbook.getSheet(sheet).getDrawingPatriarch().getShapes()).as(sheet).singleElement().isInstanceOf(XSSFPicture.class);
            }
            workbook.forEach(sheet -> {
                XSSFSheet s = (XSSFSheet) sheet;
                if (s.getSheetName().equals("Overzicht")) {
                    return; // the board's one page: tiles and charts to print, no table to filter (BoardPageTest)
                }
                assertThat(s.getTables()).as(s.getSheetName()).isNotEmpty();
                assertThat(s.getTables().get(0).getCTTable().getAutoFilter()).isNotNull();
                assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
            });

            // The summary: the month, the month before, the change, the year.
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            Row participants = row(summary, "Deelnemers bereikt (een sessie in de periode)");
            assertThat(participants.getCell(1).getNumericCellValue()).isEqualTo(89);
            assertThat(participants.getCell(2).getNumericCellValue()).isEqualTo(107);
            assertThat(participants.getCell(3).getNumericCellValue()).isEqualTo(-18);
            assertThat(participants.getCell(4).getNumericCellValue()).isEqualTo(314);
            // September's completion rate is over 4 people: hidden, and so is its change.
            Row completion = row(summary, "Voltooiingsgraad van de afgeronde runs");
            assertThat(completion.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(completion.getCell(2).getStringCellValue()).isEqualTo("\u2013");
            assertThat(completion.getCell(3).getStringCellValue()).isEqualTo("\u00d7");
            Row conversion = row(summary, "Conversie van alle runs op de laatste dag (* voorlopig)");
            assertThat(conversion.getCell(1).getCellStyle().getDataFormatString()).endsWith("\"*\"");
            assertThat(conversion.getCell(4)).satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));

            // Skills per lijn: ROOD's SM-DATA gap is over 3 people, hidden; a heat map on the gap columns.
            XSSFSheet skills = workbook.getSheet("Skills per lijn");
            Row data = row(skills, "SM-DATA");
            assertThat(data.getCell(2).getNumericCellValue()).isEqualTo(0.2);
            assertThat(data.getCell(3).getStringCellValue()).isEqualTo("\u2013");
            assertThat(skills.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);

            // Per company the people are protected: <5, and a company of 2 participants is left out.
            XSSFSheet companies = workbook.getSheet("Skills per bedrijf");
            Row company = row(companies, "01234567");
            assertThat(company.getCell(1).getStringCellValue()).isEqualTo("=Bad Company");
            assertThat(company.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(company.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(company.getCell(2).getNumericCellValue()).isEqualTo(9);
            assertThat(cellTexts(company)).contains("<5");
            assertThat(find(companies, "87654321")).isNull();
            // A company the query left out beyond the cap is counted in a note.
            assertThat(find(companies, "11111111")).isNull();
            assertThat(Workbooks.texts(companies)).anyMatch(t -> t.startsWith("Alleen de 1 bedrijven met de meeste deelnemers")
                    && t.contains("1 andere bedrijven met ten minste 5 deelnemers"));

            // The funnel: a run of 3 keeps its counts for the board, not its shares.
            Row small = row(workbook.getSheet("Funnel"), "ROOD-2026-02");
            assertThat(small.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(small.getCell(6).getStringCellValue()).isEqualTo("\u2013");
            assertThat(row(workbook.getSheet("Funnel"), "Alle runs").getCell(4).getNumericCellValue()).isEqualTo(26);

            Row blauw = row(workbook.getSheet("Conversie"), "BLAUW-2025-11");
            assertThat(blauw.getCell(5).getNumericCellValue()).isEqualTo(10);
            assertThat(blauw.getCell(7).getNumericCellValue()).isEqualTo(0.3);
            assertThat(blauw.getCell(4).getStringCellValue()).isEqualTo("voorlopig");
            assertThat(blauw.getCell(8).getStringCellValue()).as("a median over 3 converted").isEqualTo("\u2013");

            Row nm124 = row(workbook.getSheet("Badges"), "NM-124");
            assertThat(nm124.getCell(9).getStringCellValue()).as("badge rate over 4 present").isEqualTo("\u2013");
            assertThat(row(workbook.getSheet("Certificaten"), "MBO-SM").getCell(5).getNumericCellValue()).isEqualTo(31);

            XSSFSheet files = workbook.getSheet("Datakwaliteit");
            assertThat(row(files, "enrolments.csv").getCell(3).getNumericCellValue()).isEqualTo(1559);
            assertThat(row(files, "oud.csv").getCell(2).getStringCellValue()).isEqualTo("geweigerd");
            assertThat(row(files, "oud.csv").getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
            Row reject = row(workbook.getSheet("Afgewezen rijen"), "enrolments.csv");
            assertThat(reject.getCell(3).getStringCellValue()).isEqualTo("=NM-999");
            assertThat(reject.getCell(3).getCellType()).isEqualTo(CellType.STRING);

            assertThat(workbook.getSheet("Definities").getLastRowNum()).isGreaterThan(3 + MonthlyWorkbook.TERMS.size() - 1);
        }
    }

    @Test
    void everyStringReadersSeeIsInEnglishWithLangEn(@TempDir Path temp) throws Exception {
        WrittenReport written = MonthlyWorkbook.write(report(), ReportLanguage.EN, temp);

        assertThat(written.workbook().getFileName().toString()).isEqualTo("monthly-report-2026-10.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Overview", "Summary", "Occupancy", "Trend", "Skills per lijn", "Skills per company", "Funnel",
                    "Conversion", "Badges", "Certificates", "Data quality", "Rejected rows", "Definitions");
            assertThat(row(workbook.getSheet("Summary"), "Participants reached (a session in the period)").getCell(1).getNumericCellValue())
                    .isEqualTo(89);
            assertThat(row(workbook.getSheet("Conversion"), "BLAUW-2025-11").getCell(4).getStringCellValue()).isEqualTo("provisional");
            assertThat(workbook.getSheet("Summary").getRow(2).getCell(1).getCellStyle().getDataFormatString()).startsWith("[$-809]");
        }
    }

    static Row row(XSSFSheet sheet, String first) {
        Row row = find(sheet, first);
        if (row == null) {
            throw new AssertionError("no row starting with " + first + " on " + sheet.getSheetName());
        }
        return row;
    }

    static Row find(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        return null;
    }

    static List<String> cellTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                texts.add(c.getStringCellValue());
            }
        });
        return texts;
    }
}
