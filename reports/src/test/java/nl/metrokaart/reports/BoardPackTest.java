package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.metrokaart.testing.Workbooks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's one page and the PDF board pack on the hand-made model of FullMonthlyWorkbookTest:
 * the page prints on one A4 landscape page, the PDF reads back with the model's figures, and the
 * privacy rule holds in the PDF exactly as in the workbook.
 */
class BoardPackTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /** October's conversion rate over 4 people: hidden on the board (a rate over fewer than k = 5). */
    static MonthlyReport smallConversionCohort() {
        MonthlyReport r = FullMonthlyWorkbookTest.report();
        PeriodKpis m = r.monthKpis();
        PeriodKpis october = new PeriodKpis(m.activeRuns(), m.runsBelowMinimum(), m.placesTaken(), m.meanOccupancyRate(), m.participants(),
                m.companies(), m.mkbShare(), m.newCompanies(), m.runsEnded(), m.endedParticipants(), m.completed(), m.completionRate(),
                m.badgesIssued(), m.certificatesEarned(), m.converted(), 4, 1, 0.25, false, m.ratedParticipants(), m.meanGap(), m.atTargetShare());
        return new MonthlyReport(r.pps(), r.month(), r.minGroupSize(), r.conversionWindowMonths(), r.runs(), r.sources(), october,
                r.previousMonthKpis(), r.yearToDateKpis(), r.trend(), r.gapsByLijn(), r.gapsByCompany(), r.companyParticipants(), r.funnel(),
                r.conversion(), r.followupTypes(), r.badges(), r.certificates(), r.dataQuality());
    }

    /** Three targets for 2026 as rpt_target_progress would give them on 31 October 2026 (elapsed 304/365). */
    static Targets targets() {
        LocalDate d = LocalDate.of(2026, 10, 31);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        double elapsed = 304 / 365.0;
        return new Targets(0.9, 0.75, List.of(
                new TargetProgress("participants_reached", d, from, to, 360, "count", false, 314.0, 314L, elapsed, 360 * elapsed,
                        314 / 360.0, 314 / elapsed, "on_track"),
                new TargetProgress("conversions", d, from, to, 40, "count", false, 13.0, 13L, elapsed, 40 * elapsed,
                        13 / 40.0, 13 / elapsed, "behind"),
                // a rate over 4 people: its actual, share reached, projection and status are hidden
                new TargetProgress("conversion_rate", d, from, to, 0.1, "share", false, 0.25, 4L, elapsed, 0.1, 2.5, 0.25, "on_track")));
    }

    @TempDir
    static Path withTargets;
    /** Written once for the two tests that read it. */
    private static WrittenReport written;

    @org.junit.jupiter.api.BeforeAll
    static void writeWithTargetsAndPdf() {
        written = MonthlyWorkbook.write(smallConversionCohort(), Leercultuur.none(), targets(), ReportLanguage.NL, withTargets, true);
    }

    @Test
    void theBoardPageIsFirstAndPrintsOnOneA4LandscapePage() throws Exception {

        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("Overzicht", "Samenvatting", "Doelen", "Bezetting");
            XSSFSheet board = workbook.getSheetAt(0);
            assertThat(workbook.getPrintArea(0)).matches("Overzicht!\\$A\\$1:\\$J\\$\\d+");
            assertThat(board.getPrintSetup().getLandscape()).isTrue();
            assertThat(board.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(board.getFitToPage()).isTrue();
            assertThat(board.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(board.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(board.getDrawingPatriarch().getShapes()).hasSize(3);
            // the tiles: a label, the month's figure, the change
            assertThat(board.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Deelnemers bereikt");
            assertThat(board.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(89);
            assertThat(board.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(-18);
            assertThat(board.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Doel 2026: 87,2% bereikt \u00b7 op koers");
            // the hidden conversion rate is its mark, on the board as on the summary
            assertThat(board.getRow(9).getCell(8).getStringCellValue()).isEqualTo("\u2013");
            assertThat(board.getRow(11).getCell(8).getStringCellValue()).isEqualTo("Doel 2026: \u00d7 bereikt \u00b7 \u00d7");
            assertThat(summaryCell(workbook, "Conversie van alle runs op de laatste dag", 1)).isEqualTo("\u2013");
        }
    }

    @Test
    void thePdfReadsBackWithTheModelsFiguresAndTheSamePrivacy() throws Exception {
        MonthlyReport report = smallConversionCohort();

        assertThat(written.pdf()).isEqualTo(withTargets.resolve("maandrapportage-2026-10.pdf"));
        try (PDDocument pdf = Loader.loadPDF(written.pdf().toFile())) {
            // the board page, plan against actual, then occupancy, skills and conversion
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String board = text(pdf, 1);
            PeriodKpis m = report.monthKpis();
            assertThat(board).contains("Bestuursoverzicht oktober 2026", "PPS Test \u00b7 rapportdatum 31 oktober 2026");
            List<String> tiles = List.of(
                    "Deelnemers bereikt\n" + m.participants(),
                    "Bedrijven bereikt\n" + m.companies(),
                    "Aandeel mkb\n" + percent(m.mkbShare()),
                    "Actieve runs\n" + m.activeRuns(),
                    "Runs onder minimum\n" + m.runsBelowMinimum(),
                    "Voltooiingspercentage\n" + percent(m.completionRate()),
                    "Badges uitgegeven\n" + m.badgesIssued(),
                    "Certificaten behaald\n" + m.certificatesEarned(),
                    "Conversies (vervolgtraject)\n" + m.converted(),
                    "Conversiepercentage\n\u2013");
            for (String tile : tiles) {
                assertThat(board).as(tile).contains(tile);
            }
            assertThat(board).contains("-18 t.o.v. september", "Doel 2026: 87,2% bereikt \u00b7 op koers",
                    "Doel 2026: 32,5% bereikt \u00b7 achter", "Doel 2026: \u00d7 bereikt \u00b7 \u00d7", "Privacy (k = 5)");
            // September's completion rate is over 4 people: the change since then is hidden, as on the summary
            assertThat(board).contains("\u00d7 t.o.v. september");
            // the hidden rates' numbers appear nowhere in the pack
            String all = text(pdf, 1, 5);
            assertThat(all).doesNotContain("25,0%").doesNotContain("250,0%");

            String plan = text(pdf, 2);
            assertThat(plan).contains("Plan tegen realisatie", "Deelnemers bereikt jaar 2026 360 314 87,2% 299,8 377,0 op koers",
                    "Conversiepercentage jaar 2026 10,0% \u2013 \u00d7 10,0% \u00d7 \u00d7");
            assertThat(text(pdf, 3)).contains("Bezetting");
            assertThat(text(pdf, 4)).contains("Skills per lijn");
            assertThat(text(pdf, 5)).contains("Conversie");
        }
    }

    @Test
    void withoutTargetsTheWorkbookIsAsBeforePlusTheBoardPage(@TempDir Path temp) throws Exception {
        WrittenReport plain = MonthlyWorkbook.write(FullMonthlyWorkbookTest.report(), Leercultuur.none(), Targets.none(),
                ReportLanguage.EN, temp, true);

        try (XSSFWorkbook workbook = Workbooks.open(plain.workbook())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Overview", "Summary", "Occupancy", "Trend", "Skills per lijn", "Skills per company", "Funnel",
                    "Conversion", "Badges", "Certificates", "Data quality", "Rejected rows", "Definitions");
            assertThat(workbook.getSheet("Definitions").getLastRowNum()).isEqualTo(3 + MonthlyWorkbook.TERMS.size());
            assertThat((Object) workbook.getSheetAt(0).getRow(6)).isNull();
        }
        try (PDDocument pdf = Loader.loadPDF(plain.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            assertThat(text(pdf, 1)).contains("Board overview October 2026", "Participants reached\n89").doesNotContain("Target ");
        }
    }

    private static String summaryCell(XSSFWorkbook workbook, String label, int column) {
        for (var row : workbook.getSheet("Samenvatting")) {
            if (row.getCell(0) != null && row.getCell(0).toString().startsWith(label)) {
                return row.getCell(column).toString();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String percent(double share) {
        return new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(NL)).format(share);
    }

    private static String text(PDDocument pdf, int page) throws Exception {
        return text(pdf, page, page);
    }

    private static String text(PDDocument pdf, int first, int last) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(pdf).replace("\r\n", "\n");
    }
}
