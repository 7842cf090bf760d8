package nl.metrokaart.reports;

import static nl.metrokaart.testing.Workbooks.open;
import static nl.metrokaart.testing.Workbooks.sheetNames;
import static nl.metrokaart.testing.Workbooks.valuesRightOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.metrokaart.reports.impact.ImpactWorkbook;
import nl.metrokaart.reports.monthly.MonthlyWorkbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Werkplekcoaches sheets on hand-made models: where they go, and the privacy rule of each report. */
class CoachesWorkbookTest {

    private static final CoachReach MONTH = new CoachReach(2, 10, 6, 5, 1, 4, 9, 1, 20, 3, 12, 7.5);
    private static final CoachReach YEAR = new CoachReach(8, 10, 6, 5, 5, 9, 60, 2, 130, 12, 40, 51.0);

    @Test
    void theBoardSeesEveryCountButNoRateOverFewerThanK(@TempDir Path temp) throws Exception {
        Coaching coaching = new Coaching(MONTH, YEAR, YEAR, new CoachOutcome(3, 2, 1, 2 / 3.0, 1 / 3.0),
                List.of(new Coaching.Track("Werkplekcoach basis", 2, 8, 10)));
        MonthlyReport plain = new MonthlyReport("PPS Test", YearMonth.of(2026, 10), List.of(), List.of());
        MonthlyReport report = new MonthlyReport(plain.pps(), plain.month(), 5, 12, List.of(), List.of(), plain.monthKpis(),
                plain.previousMonthKpis(), plain.yearToDateKpis(), List.of(), List.of(), List.of(), java.util.Map.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), plain.dataQuality(), coaching, null);

        WrittenReport written = MonthlyWorkbook.write(report, ReportLanguage.NL, temp);

        try (XSSFWorkbook workbook = open(written.workbook())) {
            assertThat(sheetNames(workbook)).containsSubsequence("Certificaten", "Werkplekcoaches", "Datakwaliteit");
            Sheet sheet = workbook.getSheet("Werkplekcoaches");
            assertThat(valuesRightOf(sheet, "Coaches getraind")).containsExactly("2", "8", "8");
            assertThat(valuesRightOf(sheet, "Coachuren")).containsExactly("7.5", "51", "51");
            // Three colleagues followed: the counts show, their shares do not.
            assertThat(valuesRightOf(sheet, "daarna gestart in een run van een lijn")).containsExactly("2", "–");
            assertThat(valuesRightOf(sheet, "Werkplekcoach basis")).containsExactly("2", "8", "10");
            assertThat(valuesRightOf(workbook.getSheet("Definities"), "Werkplekcoach")).isNotEmpty();
        }
        // Without train-the-trainer data there is no such sheet.
        try (XSSFWorkbook workbook = open(MonthlyWorkbook.write(plain, ReportLanguage.NL, temp.resolve("plain")).workbook())) {
            assertThat(sheetNames(workbook)).doesNotContain("Werkplekcoaches");
        }
    }

    @Test
    void theFunderSeesSmallCountsOfPeopleAsLessThanKAndTheirComplementsHidden(@TempDir Path temp) throws Exception {
        LocalDate q1 = LocalDate.of(2026, 1, 1);
        LocalDate q2 = LocalDate.of(2026, 4, 1);
        List<ImpactReport.CoachingPeriod> coaching = List.of(
                new ImpactReport.CoachingPeriod(q1, new CoachReach(3, 3, 2, 2, 2, 3, 10, 0, 20, 4, 9, 8.0), new CoachOutcome(4, 2, 3, 0.5, 0.75)),
                new ImpactReport.CoachingPeriod(q2, new CoachReach(6, 9, 5, 4, 3, 7, 30, 1, 50, 10, 25, 20.0), new CoachOutcome(10, 6, 7, 0.6, 0.7)),
                new ImpactReport.CoachingPeriod(null, new CoachReach(9, 9, 5, 4, 5, 8, 40, 1, 70, 12, 30, 28.0), new CoachOutcome(14, 8, 10, 8 / 14.0, 10 / 14.0)));
        ImpactReport plain = ImpactWorkbookTest.report();
        ImpactReport report = new ImpactReport(plain.pps(), YearMonth.of(2026, 1), YearMonth.of(2026, 6), 5, 12, plain.sources(),
                plain.reach(), plain.completion(), plain.badges(), plain.certificates(), plain.learningGain(), plain.conversion(),
                plain.conversionByType(), coaching);

        WrittenReport written = ImpactWorkbook.write(report, ReportLanguage.EN, temp);

        try (XSSFWorkbook workbook = open(written.workbook())) {
            assertThat(sheetNames(workbook)).containsSubsequence("Workplace coaches", "Definitions");
            Sheet sheet = workbook.getSheet("Workplace coaches");
            // 3 coaches trained in Q1: <5, and Q2 with it, so that the period total cannot give Q1 away.
            assertThat(valuesRightOf(sheet, "Coaches trained")).containsExactly("<5", "×", "9");
            assertThat(valuesRightOf(sheet, "Companies with their first workplace coach")).containsExactly("2", "3", "5");
            assertThat(valuesRightOf(sheet, "Colleagues first coached by name")).containsExactly("<5", "×", "14");
            assertThat(valuesRightOf(sheet, "then started in a run of a lijn")).containsExactly("<5", "×", "8");
            assertThat(valuesRightOf(sheet, "share then started in a run")).containsExactly("–", "×", "0.5714285714285714");
        }
    }

}
