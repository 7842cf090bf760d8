package nl.metrokaart.reports;

import static nl.metrokaart.testing.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.metrokaart.reports.monthly.FunnelSheet;
import nl.metrokaart.reports.monthly.LeercultuurSheet;
import nl.metrokaart.reports.monthly.MonthlyWorkbook;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More runs or companies than a board can read: the sheets list the latest runs or the largest companies, and say how many more there are. */
class LargeReportWorkbookTest {

    @Test
    void theLatestRunsAreListedAndTheRestNamedInANote(@TempDir Path temp) throws Exception {
        MonthlyReport base = FullMonthlyWorkbookTest.report();
        int runs = FunnelSheet.MAX_RUNS + 25;
        List<FunnelStep> funnel = new ArrayList<>();
        List<CohortConversion> conversion = new ArrayList<>();
        LocalDate first = LocalDate.of(2020, 1, 6);
        for (int i = 0; i < runs; i++) {
            LocalDate last = first.plusDays(i);
            String code = String.format("ROOD-%05d", i);
            funnel.add(new FunnelStep(code, "ROOD", last.minusDays(60), last, 10, 9, 8, 7, 6, 0.9, 0.8, 0.7, 0.6, false));
            conversion.add(new CohortConversion(code, "ROOD", last, last.plusYears(1), false, 10, 6, 0.6, 30.0, Map.of("cursus", 6L), 4, 2, 0.5));
        }
        funnel.add(new FunnelStep(null, null, first.minusDays(60), first.plusDays(runs - 1), 10L * runs, 9L * runs, 8L * runs, 7L * runs,
                6L * runs, 0.9, 0.8, 0.7, 0.6, false));
        MonthlyReport report = new MonthlyReport(base.pps(), base.month(), base.minGroupSize(), base.conversionWindowMonths(), base.runs(),
                base.sources(), base.monthKpis(), base.previousMonthKpis(), base.yearToDateKpis(), base.trend(), base.gapsByLijn(),
                base.gapsByCompany(), base.companyParticipants(), funnel, conversion, List.of("cursus"), base.badges(), base.certificates(),
                base.dataQuality(), Coaching.none(), null);

        WrittenReport written = MonthlyWorkbook.write(report, ReportLanguage.EN, temp);

        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            Sheet funnelSheet = workbook.getSheet("Funnel");
            List<String> texts = texts(funnelSheet);
            assertThat(texts).contains(String.format("ROOD-%05d", runs - 1)).doesNotContain("ROOD-00024").contains("ROOD-00025")
                    .anyMatch(t -> t.startsWith("Only the 2,000 runs with the latest last session are listed; 25 earlier runs"));
            assertThat(workbook.getSheet("Conversion").getTables().get(0).getRowCount()).isEqualTo(FunnelSheet.MAX_RUNS + 1);
            assertThat(texts(workbook.getSheet("Conversion")))
                    .anyMatch(t -> t.startsWith("Only the 2,000 runs") && t.contains("conversion(d, w)"));
        }
    }

    @Test
    void theLeercultuurSheetListsTheCompaniesWithTheMostRespondents(@TempDir Path temp) throws Exception {
        Leercultuur small = LeercultuurWorkbookTest.scan();
        List<LeercultuurScore> scores = new ArrayList<>();
        int companies = LeercultuurSheet.MAX_COMPANIES + 3;
        for (int c = 0; c < companies; c++) {
            // company c has c + 5 respondents: the three with the fewest (5, 6, 7) are left out
            scores.add(new LeercultuurScore(String.format("%08d", c), "Bedrijf " + c, "2026-05", LocalDate.of(2026, 5, 12), c + 5, "RUIMTE",
                    c + 5, 3.5, null, null, null, null));
        }
        Leercultuur scan = new Leercultuur(1, 5, small.dimensions(), scores, small.distribution(), small.conversion());

        WrittenReport written = MonthlyWorkbook.write(new MonthlyReport("PPS Test", java.time.YearMonth.of(2026, 6), List.of(), List.of()),
                scan, ReportLanguage.EN, temp);

        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            Sheet sheet = workbook.getSheet("Learning culture");
            List<String> texts = texts(sheet);
            assertThat(texts).contains("Bedrijf 3", "Bedrijf " + (companies - 1)).doesNotContain("Bedrijf 0", "Bedrijf 1", "Bedrijf 2")
                    .anyMatch(t -> t.startsWith("Only the 1,000 companies with the most respondents are listed; 3 other companies"));
        }
    }

}
