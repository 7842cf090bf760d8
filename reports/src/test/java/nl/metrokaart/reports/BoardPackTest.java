package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.metrokaart.reports.board.MetrokaartPage;
import nl.metrokaart.reports.impact.ImpactWorkbook;
import nl.metrokaart.reports.map.MetrokaartMapTest;
import nl.metrokaart.reports.monthly.MonthlyWorkbook;
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
                r.conversion(), r.followupTypes(), r.badges(), r.certificates(), r.dataQuality(), r.coaching(), smallCohortChange(r));
    }

    /** The model's change with October's conversion over 4 people (September: 10 of 300). */
    private static PeriodKpis smallCohortChange(MonthlyReport r) {
        PeriodKpis c = r.monthChange();
        return new PeriodKpis(c.activeRuns(), c.runsBelowMinimum(), c.placesTaken(), c.meanOccupancyRate(), c.participants(), c.companies(),
                c.mkbShare(), c.newCompanies(), c.runsEnded(), c.endedParticipants(), c.completed(), c.completionRate(), c.badgesIssued(),
                c.certificatesEarned(), c.converted(), 4 - 300, 1 - 10, 0.25 - 10 / 300.0, false, c.ratedParticipants(), c.meanGap(),
                c.atTargetShare());
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
        written = MonthlyWorkbook.write(smallConversionCohort(), Leercultuur.none(), targets(), MetrokaartMapTest.PICTURE, ReportLanguage.NL,
                withTargets, true);
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
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
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

            // the metrokaart last, its codes, titles and numbers text in the PDF: every station's
            // participants as the picture's model gives them (counts of people: the board sees them)
            String map = text(pdf, 6);
            assertThat(map).startsWith("De metrokaart van PPS Test\nDeelnemers per nanomodule en runs per lijn, oktober 2026\n");
            assertThat(map).contains("NM-1", "Sensoren in de praktijk", "ROOD Rode lijn - basis", "3 runs: 1 onder minimum 2 binnen band",
                    "geen run actief in de periode");
            List<String> numbers = List.of(map.split("\\s+"));
            for (MetrokaartPicture.Module module : MetrokaartMapTest.PICTURE.modules()) {
                if (module.participants() > 0) {
                    assertThat(numbers).as(module.code()).contains(String.valueOf(module.participants()));
                }
            }
            assertThat(map).doesNotContain("<5");
        }
    }

    /**
     * Under the funder's rule a station of fewer than k participants shows the mark, and its size
     * is that of k: neither tells the number. Decided with the workbook's other figures (the page
     * writes no sheet of its own).
     */
    @Test
    void aMetrokaartStationUnderThePrivacyMinimumShowsItsMarkAndTheSizeOfK() {
        MetrokaartPage page = new MetrokaartPage(MetrokaartMapTest.PICTURE, 5);
        Suppression.funder(5).apply(page.tables().get(0).figures(), List.of());

        FigureText text = new FigureText(ReportLanguage.NL, 5);
        assertThat(page.countText(text).apply("NM-4")).isEqualTo("<5");
        assertThat(page.countText(text).apply("NM-5")).isEqualTo("<5");
        assertThat(page.countText(text).apply("NM-1")).isNull();
        assertThat(page.countText(text).apply("NM-2")).as("0 describes no one").isNull();
        assertThat(page.shown().modules()).extracting(MetrokaartPicture.Module::participants).containsExactly(18, 0, 11, 5, 5, 7);
    }

    /** The funder's period figures, k = 30: participant counts under 30 and rates over fewer than 30 people are hidden. */
    static ImpactReport impactReport() {
        ImpactReport r = ImpactWorkbookTest.report();
        return new ImpactReport(r.pps(), r.from(), r.to(), 30, r.conversionWindowMonths(), r.sources(), r.reach(), r.completion(),
                r.badges(), r.certificates(), r.learningGain(), r.conversion(), r.conversionByType());
    }

    /** Participants reached: a target for 2026, measured at the end of Q1 and at the period's end (30 September). */
    static Targets impactTargets() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        LocalDate q1 = LocalDate.of(2026, 3, 31);
        LocalDate end = LocalDate.of(2026, 9, 30);
        double atQ1 = 90 / 365.0;
        double atEnd = 273 / 365.0;
        return new Targets(0.9, 0.75, List.of(
                new TargetProgress("participants_reached", q1, from, to, 200, "count", false, 60.0, 60L, atQ1, 200 * atQ1, 0.3,
                        60 / atQ1, "on_track"),
                new TargetProgress("participants_reached", end, from, to, 200, "count", false, 60.0, 60L, atEnd, 200 * atEnd, 0.3,
                        60 / atEnd, "behind")));
    }

    @Test
    void theImpactReportOpensWithTheFundersOnePageInTheWorkbookAndThePdf(@TempDir Path temp) throws Exception {
        WrittenReport impact = ImpactWorkbook.write(impactReport(), Leercultuur.none(), impactTargets(), ReportLanguage.NL, temp, true);

        // the tiles' figures as the summary's period column shows them (value or mark), in the tiles' order
        List<String> labels = List.of("Deelnemers bereikt", "Bedrijven bereikt", "Aandeel mkb", "Runs afgerond", "Voltooiingspercentage",
                "Badges uitgegeven", "Certificaten behaald", "Leerwinst (niveaus)", "Conversies (vervolgtraject)", "Conversiepercentage");
        List<String> summaryLabels = List.of("Deelnemers bereikt", "Bedrijven bereikt", "Mkb-aandeel", "Runs afgerond", "Voltooiingsgraad",
                "Badges uitgereikt", "Certificaten behaald", "Gemiddelde leerwinst (niveaus)", "Geconverteerd naar een vervolgtraject",
                "Conversie (* voorlopig)");
        List<String> shown = new ArrayList<>();
        try (InputStream in = Files.newInputStream(impact.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Overzicht", "Samenvatting", "Doelen", "Bereik", "Voltooiing", "Badges", "Certificaten",
                    "Leerwinst", "Conversie", "Definities");
            XSSFSheet board = workbook.getSheetAt(0);
            assertThat(workbook.getPrintArea(0)).matches("Overzicht!\\$A\\$1:\\$J\\$\\d+");
            assertThat(board.getPrintSetup().getLandscape()).isTrue();
            assertThat(board.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(board.getFitToPage()).isTrue();
            assertThat(board.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(board.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(board.getDrawingPatriarch().getShapes()).hasSize(2);
            assertThat(board.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Impactoverzicht januari 2026 tot en met september 2026");
            assertThat(board.getRow(1).getCell(0).getStringCellValue()).isEqualTo("PPS Test \u00b7 rapportdatum 30 september 2026");
            // the target measured at the period's end, not the one at the end of Q1
            assertThat(board.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Doel 2026: 30,0% bereikt \u00b7 achter");
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            for (int i = 0; i < labels.size(); i++) {
                var label = board.getRow(3 + (i / 5) * 5).getCell((i % 5) * 2);
                var value = board.getRow(4 + (i / 5) * 5).getCell((i % 5) * 2);
                assertThat(label.getStringCellValue()).isEqualTo(labels.get(i));
                var period = summaryRow(summary, summaryLabels.get(i)).getCell(4);
                assertThat(value.getCellType()).as(labels.get(i)).isEqualTo(period.getCellType());
                if (period.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    assertThat(value.getStringCellValue()).as(labels.get(i)).isEqualTo(period.getStringCellValue());
                    shown.add(period.getStringCellValue());
                } else {
                    assertThat(value.getNumericCellValue()).as(labels.get(i)).isEqualTo(period.getNumericCellValue());
                    assertThat(value.getCellStyle().getDataFormatString()).isEqualTo(period.getCellStyle().getDataFormatString());
                    shown.add(null);
                }
            }
        }
        // k = 30: the conversions (8) and the rates over 26 people are hidden; the rest is the model's row
        assertThat(shown).containsExactly(null, null, null, null, "\u2013", null, null, null, "<30", "\u2013");

        try (PDDocument pdf = Loader.loadPDF(impact.pdf().toFile())) {
            String page = text(pdf, 1);
            assertThat(page).contains("Impactoverzicht januari 2026 tot en met september 2026", "PPS Test \u00b7 rapportdatum 30 september 2026");
            List<String> tiles = List.of("Deelnemers bereikt\n60", "Bedrijven bereikt\n20", "Aandeel mkb\n" + percent(0.9),
                    "Runs afgerond\n2", "Voltooiingspercentage\n\u2013", "Badges uitgegeven\n75", "Certificaten behaald\n53",
                    "Leerwinst (niveaus)\n1,12", "Conversies (vervolgtraject)\n<30", "Conversiepercentage\n\u2013");
            for (String tile : tiles) {
                assertThat(page).as(tile).contains(tile);
            }
            assertThat(page).contains("Doel 2026: 30,0% bereikt \u00b7 achter", "Privacy (k = 30)");
            // the hidden figures' numbers appear nowhere in the pack
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).doesNotContain(percent(22 / 26.0)).doesNotContain(percent(8 / 26.0));
            assertThat(text(pdf, 2)).contains("Plan tegen realisatie");
            assertThat(pdf.getNumberOfPages()).isEqualTo(2 + impact.charts().size());
        }
    }

    @Test
    void withoutTargetsTheImpactReportIsAsBeforePlusItsOverview(@TempDir Path temp) throws Exception {
        WrittenReport impact = ImpactWorkbook.write(ImpactWorkbookTest.report(), Leercultuur.none(), Targets.none(), ReportLanguage.EN,
                temp, true);

        try (InputStream in = Files.newInputStream(impact.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Overview", "Summary", "Reach", "Completion", "Badges", "Certificates", "Learning gain",
                    "Conversion", "Definitions");
            assertThat((Object) workbook.getSheetAt(0).getRow(6)).isNull();
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(0).getNumericCellValue()).isEqualTo(60);
        }
        try (PDDocument pdf = Loader.loadPDF(impact.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + impact.charts().size());
            assertThat(text(pdf, 1)).contains("Impact overview January 2026 to September 2026", "Participants reached\n60")
                    .doesNotContain("Target ");
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

    private static org.apache.poi.ss.usermodel.Row summaryRow(XSSFSheet summary, String label) {
        for (var row : summary) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
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
