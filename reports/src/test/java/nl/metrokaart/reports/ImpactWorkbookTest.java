package nl.metrokaart.reports;

import static nl.metrokaart.reports.FullMonthlyWorkbookTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.impact.ImpactSheets;
import nl.metrokaart.reports.impact.ImpactWorkbook;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The funder's Impactrapportage on a hand-made model of three quarters. */
class ImpactWorkbookTest {

    private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q2 = LocalDate.of(2026, 4, 1);
    private static final LocalDate Q3 = LocalDate.of(2026, 7, 1);

    static ImpactReport report() {
        List<ImpactReport.Reach> reach = new ArrayList<>();
        for (LocalDate q : new LocalDate[]{Q1, Q2, Q3, null}) {
            reach.add(new ImpactReport.Reach(q, "totaal", "alle", 60, 20, 18, 0.9));
            reach.add(new ImpactReport.Reach(q, "grootteklasse", "micro", 30, 10, 10, 1.0));
            reach.add(new ImpactReport.Reach(q, "grootteklasse", "klein", 27, 8, 8, 1.0));
            // three people of large companies: hidden, and one more size class with them
            reach.add(new ImpactReport.Reach(q, "grootteklasse", "groot", 3, 2, 0, 0.0));
        }
        List<ImpactReport.Counted> certificates = List.of(
                new ImpactReport.Counted(Q1, "MBO-SM", "mbo-certificaat", 3),
                new ImpactReport.Counted(Q2, "MBO-SM", "mbo-certificaat", 10),
                new ImpactReport.Counted(Q3, "MBO-SM", "mbo-certificaat", 12),
                new ImpactReport.Counted(null, "MBO-SM", "mbo-certificaat", 25),
                new ImpactReport.Counted(Q1, "BR-CBM", "branchecertificaat", 8),
                new ImpactReport.Counted(Q2, "BR-CBM", "branchecertificaat", 9),
                new ImpactReport.Counted(Q3, "BR-CBM", "branchecertificaat", 11),
                new ImpactReport.Counted(null, "BR-CBM", "branchecertificaat", 28),
                new ImpactReport.Counted(Q1, null, null, 11),
                new ImpactReport.Counted(Q2, null, null, 19),
                new ImpactReport.Counted(Q3, null, null, 23),
                new ImpactReport.Counted(null, null, null, 53));
        List<ImpactReport.Counted> badges = List.of(
                new ImpactReport.Counted(Q1, "NM-101", "Sensoren", 20), new ImpactReport.Counted(Q2, "NM-101", "Sensoren", 30),
                new ImpactReport.Counted(Q3, "NM-101", "Sensoren", 25), new ImpactReport.Counted(null, "NM-101", "Sensoren", 75),
                new ImpactReport.Counted(Q1, null, null, 20), new ImpactReport.Counted(Q2, null, null, 30),
                new ImpactReport.Counted(Q3, null, null, 25), new ImpactReport.Counted(null, null, null, 75));
        List<ImpactReport.Completion> completion = List.of(
                new ImpactReport.Completion(Q1, "ROOD", "Rode lijn", 1, 12, 10, 10 / 12.0),
                new ImpactReport.Completion(Q2, "ROOD", "Rode lijn", 1, 14, 12, 12 / 14.0),
                new ImpactReport.Completion(null, "ROOD", "Rode lijn", 2, 26, 22, 22 / 26.0),
                new ImpactReport.Completion(Q1, null, null, 1, 12, 10, 10 / 12.0),
                new ImpactReport.Completion(Q2, null, null, 1, 14, 12, 12 / 14.0),
                new ImpactReport.Completion(null, null, null, 2, 26, 22, 22 / 26.0));
        List<ImpactReport.Gain> gain = List.of(
                new ImpactReport.Gain(Q1, "SM-DATA", "Data duiden", 20, 20, 1.1),
                new ImpactReport.Gain(Q2, "SM-DATA", "Data duiden", 4, 4, 2.0),
                new ImpactReport.Gain(Q3, "SM-DATA", "Data duiden", 10, 10, 0.8),
                new ImpactReport.Gain(null, "SM-DATA", "Data duiden", 34, 34, 1.12),
                new ImpactReport.Gain(Q1, null, null, 20, 20, 1.1),
                new ImpactReport.Gain(Q2, null, null, 4, 4, 2.0),
                new ImpactReport.Gain(Q3, null, null, 10, 10, 0.8),
                new ImpactReport.Gain(null, null, null, 34, 34, 1.12));
        List<ImpactReport.Conversion> conversion = List.of(
                new ImpactReport.Conversion(Q1, 1, 12, 6, 0.5, false, 8, 5, 0.625),
                new ImpactReport.Conversion(Q2, 1, 14, 2, 2 / 14.0, true, 9, 2, 2 / 9.0),
                new ImpactReport.Conversion(null, 2, 26, 8, 8 / 26.0, true, 17, 7, 7 / 17.0));
        List<ImpactReport.Counted> byType = List.of(
                new ImpactReport.Counted(Q1, "cursus", "cursus", 6), new ImpactReport.Counted(Q2, "cursus", "cursus", 2),
                new ImpactReport.Counted(null, "cursus", "cursus", 8));
        return new ImpactReport("PPS Test", YearMonth.of(2026, 1), YearMonth.of(2026, 9), 5, 12,
                List.of(new SourceFreshness("enrolments", LocalDate.of(2026, 9, 29), 1559)),
                reach, completion, badges, certificates, gain, conversion, byType);
    }

    @Test
    void perQuarterAndForThePeriodWithEveryPeopleCountProtected(@TempDir Path temp) throws Exception {
        WrittenReport written = ImpactWorkbook.write(report(), ReportLanguage.NL, temp);

        assertThat(written.workbook().getFileName().toString()).isEqualTo("impactrapportage-2026-01-tot-2026-09.xlsx");
        assertThat(written.charts()).extracting(p -> p.getFileName().toString()).containsExactly(
                "impactrapportage-2026-01-tot-2026-09-leerwinst.png", "impactrapportage-2026-01-tot-2026-09-conversie.png");
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Overzicht", "Samenvatting", "Bereik", "Voltooiing", "Badges", "Certificaten", "Leerwinst", "Conversie",
                    "Definities");
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            assertThat(summary.getRow(ImpactSheets.HEADER_ROW).getCell(1).getStringCellValue()).isEqualTo("K1 2026");
            assertThat(summary.getRow(ImpactSheets.HEADER_ROW).getCell(4).getStringCellValue()).isEqualTo("Hele periode");
            Row reached = row(summary, "Deelnemers bereikt");
            assertThat(reached.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(reached.getCell(4).getNumericCellValue()).isEqualTo(60);

            // A certificate earned 3 times in Q1: <5. Its row adds up to 25, so one more quarter is hidden.
            Row mboSm = row(workbook.getSheet("Certificaten"), "MBO-SM");
            assertThat(mboSm.getCell(2).getStringCellValue()).isEqualTo("<5");
            assertThat(hidden(mboSm, 2, 5)).as("no row with a single hidden cell").isGreaterThanOrEqualTo(2);
            assertThat(mboSm.getCell(5).getNumericCellValue()).isEqualTo(25);
            // ...and the column of Q1 adds up to all certificates: hidden there too, in a second row.
            Row brCbm = row(workbook.getSheet("Certificaten"), "BR-CBM");
            Row all = row(workbook.getSheet("Certificaten"), "Alle certificaten");
            long hiddenInQ1 = List.of(mboSm, brCbm, all).stream().filter(r -> r.getCell(2).getCellType() == CellType.STRING).count();
            assertThat(hiddenInQ1).isGreaterThanOrEqualTo(2);
            assertThat(hidden(brCbm, 2, 5)).isNotEqualTo(1);
            assertThat(hidden(all, 2, 5)).isNotEqualTo(1);

            // Three people of large companies: hidden, and so is a second size class of each quarter.
            XSSFSheet reach = workbook.getSheet("Bereik");
            List<Row> participants = new ArrayList<>();
            for (Row r : reach) {
                if (r.getCell(2) != null && r.getCell(2).getCellType() == CellType.STRING && r.getCell(2).getStringCellValue().equals("Deelnemers")
                        && r.getCell(0).getStringCellValue().equals("Grootteklasse")) {
                    participants.add(r);
                }
            }
            assertThat(participants).hasSize(3);
            for (int column = 3; column <= 6; column++) {
                int c = column;
                assertThat(participants.stream().filter(r -> r.getCell(c).getCellType() == CellType.STRING).count()).as("column " + c)
                        .isGreaterThanOrEqualTo(2);
            }

            // A mean gain over 4 people: hidden; the provisional conversion carries its star.
            Row meanGain = rowWith(workbook.getSheet("Leerwinst"), "Alle skills", 2, "Gemiddelde leerwinst");
            assertThat(meanGain.getCell(4).getStringCellValue()).isIn("\u2013", "\u00d7");
            assertThat(meanGain.getCell(3).getNumericCellValue()).isEqualTo(1.1);
            // Two converted in Q2: hidden, and the rate with it; the period's rate is provisional.
            Row rate = row(workbook.getSheet("Conversie"), "Conversie");
            assertThat(row(workbook.getSheet("Conversie"), "Geconverteerd").getCell(2).getStringCellValue()).isEqualTo("<5");
            assertThat(rate.getCell(2).getStringCellValue()).isEqualTo("\u00d7");
            assertThat(rate.getCell(4).getNumericCellValue()).isEqualTo(8 / 26.0);
            assertThat(rate.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%\"*\"");

            for (String sheet : List.of("Leerwinst", "Conversie")) {
                assertThat(workbook.getSheet(sheet).getDrawingPatriarch().getShapes()).singleElement().isInstanceOf(XSSFPicture.class);
            }
        }
    }

    private static long hidden(Row row, int from, int to) {
        long count = 0;
        for (int c = from; c <= to; c++) {
            if (row.getCell(c).getCellType() == CellType.STRING) {
                count++;
            }
        }
        return count;
    }

    private static Row rowWith(XSSFSheet sheet, String first, int column, String value) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            Cell b = row.getCell(column);
            if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING
                    && a.getStringCellValue().equals(first) && b.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " / " + value);
    }
}
