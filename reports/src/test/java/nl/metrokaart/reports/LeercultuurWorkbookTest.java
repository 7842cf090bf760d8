package nl.metrokaart.reports;

import static nl.metrokaart.testing.Workbooks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.impact.ImpactWorkbook;
import nl.metrokaart.reports.monthly.MonthlyWorkbook;
import nl.metrokaart.reports.plan.PlanLeercultuurSheet;
import nl.metrokaart.reports.plan.TrainingPlanWorkbook;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leercultuurscan sheets of the three workbooks: present only with a configured scan, scores over fewer than k hidden. */
class LeercultuurWorkbookTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 12);

    static Leercultuur scan() {
        List<Leercultuur.Dimension> dimensions = List.of(new Leercultuur.Dimension("RUIMTE", "Ruimte om te leren"),
                new Leercultuur.Dimension("FEEDBACK", "Feedback"));
        List<LeercultuurScore> scores = List.of(
                new LeercultuurScore("01234567", "Alfa", "2026-05", MAY, 6, "RUIMTE", 6, 3.8, "2026-01", LocalDate.of(2026, 1, 20), 5L, 3.0),
                new LeercultuurScore("01234567", "Alfa", "2026-05", MAY, 6, "FEEDBACK", 6, 3.5, "2026-01", LocalDate.of(2026, 1, 20), 4L, 2.0),
                new LeercultuurScore("23456789", "Bravo", "2026-03", LocalDate.of(2026, 3, 9), 3, "RUIMTE", 3, 4.3333, null, null, null, null),
                new LeercultuurScore("23456789", "Bravo", "2026-03", LocalDate.of(2026, 3, 9), 3, "FEEDBACK", 3, 3.6667, null, null, null, null));
        List<Leercultuur.Distribution> distribution = List.of(
                new Leercultuur.Distribution("RUIMTE", 4, 3.2, 2.0, 2.75, 3.4, 3.85, 4.0, 1, 1, 2),
                new Leercultuur.Distribution(null, 4, 3.2014, 1.9333, 2.7083, 3.3667, 3.8597, 4.1389, 1, 1, 2));
        List<Leercultuur.BandConversion> conversion = List.of(
                new Leercultuur.BandConversion("laag", 1, 1, 0, 0.0, true),
                new Leercultuur.BandConversion("midden", 1, 1, 0, 0.0, false),
                new Leercultuur.BandConversion("hoog", 2, 2, 2, 1.0, false));
        return new Leercultuur(1, 5, dimensions, scores, distribution, conversion);
    }

    private static final MonthlyReport REPORT = new MonthlyReport("PPS Test", YearMonth.of(2026, 6), List.of(), List.of());

    @Test
    void theBoardSeesEachCompanysScoresWithThoseOverFewerThanKHidden(@TempDir Path temp) throws Exception {
        WrittenReport written = MonthlyWorkbook.write(REPORT, scan(), ReportLanguage.NL, temp);

        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(sheetNames(workbook)).containsSubsequence("Certificaten", "Leercultuur", "Datakwaliteit");
            XSSFSheet sheet = workbook.getSheet("Leercultuur");
            assertThat(sheet.getTables()).extracting(t -> t.getName())
                    .containsExactly("LeercultuurPerBedrijf", "LeercultuurVerdeling", "LeercultuurConversie");
            Row alfa = sheet.getRow(4);
            assertThat(alfa.getCell(1).getStringCellValue()).isEqualTo("Alfa");
            assertThat(alfa.getCell(4).getNumericCellValue()).isEqualTo(6);
            assertThat(alfa.getCell(5).getNumericCellValue()).isEqualTo(3.8);
            assertThat(alfa.getCell(7).getNumericCellValue()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
            // the previous FEEDBACK score was over 4 respondents: hidden, and so is the change made of it
            assertThat(alfa.getCell(8).getStringCellValue()).isEqualTo("\u00d7");
            assertThat(alfa.getCell(9).getStringCellValue()).isEqualTo("2026-01");
            Row bravo = sheet.getRow(5);
            assertThat(bravo.getCell(4).getStringCellValue()).isEqualTo("<5");
            assertThat(bravo.getCell(5).getStringCellValue()).isEqualTo("\u2013");
            assertThat(workbook.getSheet("Definities").getRow(3 + MonthlyWorkbook.TERMS.size()).getCell(0).getStringCellValue())
                    .isNotBlank();
        }
    }

    @Test
    void withoutAConfiguredScanThereIsNoSheet(@TempDir Path temp) throws Exception {
        WrittenReport written = MonthlyWorkbook.write(REPORT, Leercultuur.none(), ReportLanguage.NL, temp);
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(sheetNames(workbook)).doesNotContain("Leercultuur");
        }
    }

    @Test
    void theFunderSeesTheDistributionAndConversionWithoutNames(@TempDir Path temp) throws Exception {
        WrittenReport written = ImpactWorkbook.write(ImpactWorkbookTest.report(), scan(), ReportLanguage.EN, temp);
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(sheetNames(workbook)).containsSubsequence("Conversion", "Learning culture", "Definitions");
            XSSFSheet sheet = workbook.getSheet("Learning culture");
            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).doesNotContain("Alfa", "Bravo", "01234567").contains("All dimensions", "high", "from 3.67");
        }
    }

    @Test
    void thePlanShowsTheCompanysLatestScan(@TempDir Path temp) throws Exception {
        Leercultuur alfa = new Leercultuur(1, 5, scan().dimensions(), scan().scores().subList(0, 2), List.of(), List.of());
        WrittenReport written = TrainingPlanWorkbook.write(TrainingPlanWorkbookTest.PLAN, alfa, 5, ReportLanguage.NL, temp);
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            XSSFSheet sheet = workbook.getSheet("Leercultuur");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Scan 2026-05 van 12 mei 2026, 6 respondenten");
            Row feedback = sheet.getRow(PlanLeercultuurSheet.HEADER_ROW + 2);
            assertThat(feedback.getCell(3).getNumericCellValue()).isEqualTo(3.5);
            assertThat(feedback.getCell(4).getStringCellValue()).isEqualTo("\u2013");
            assertThat(feedback.getCell(5).getStringCellValue()).isEqualTo("\u2013");
            List<String> overview = new ArrayList<>();
            workbook.getSheet("Overzicht").forEach(row -> row.forEach(cell -> overview.add(cell.toString())));
            assertThat(overview).containsSubsequence("Leercultuurscan", "scan 2026-05 van 12 mei 2026, 6 respondenten (blad Leercultuur)");
        }
        Leercultuur none = new Leercultuur(1, 5, scan().dimensions(), List.of(), List.of(), List.of());
        WrittenReport without = TrainingPlanWorkbook.write(TrainingPlanWorkbookTest.PLAN, none, 5, ReportLanguage.NL, temp.resolve("none"));
        try (XSSFWorkbook workbook = Workbooks.open(without.workbook())) {
            assertThat(workbook.getSheet("Leercultuur").getRow(1).getCell(0).getStringCellValue()).startsWith("Geen scan");
        }
    }

}
