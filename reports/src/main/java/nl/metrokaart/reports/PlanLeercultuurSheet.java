package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The company's latest leercultuurscan in its opleidingsplan: per dimension the respondents, the
 * mean score and the change since the scan before. Unlike the rest of the plan, a score over
 * fewer than k respondents is not shown: a scan is answered by the employees about their own
 * workplace, and so few answers would give one person's answer away to the company.
 */
final class PlanLeercultuurSheet {

    static final int HEADER_ROW = 4;
    static final int COLUMNS = 6;

    private PlanLeercultuurSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, TrainingPlan plan, Leercultuur scan, int minGroupSize,
                      ReportLanguage language) {
        XSSFSheet sheet = workbook.createSheet(language.text("plan.sheet.leercultuur"));
        Sheets.text(sheet, 0, 0, language.text("lc.plan.title"), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.widths(sheet, 12, 30, 13, 11, 13, 11);
        if (scan.scores().isEmpty()) {
            Sheets.text(sheet, 1, 0, language.text("lc.plan.none", MonthlyWorkbook.day(plan.date(), language)), styles);
            Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
            return;
        }
        LeercultuurScore first = scan.scores().get(0);
        Sheets.text(sheet, 1, 0, language.text("lc.plan.scan", first.scanId(), MonthlyWorkbook.day(first.scanDate(), language),
                String.valueOf(first.scanRespondents())), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.text(sheet, 2, 0, language.text("lc.plan.note", minGroupSize), styles);
        Sheets.cell(sheet, 2, 0).setCellStyle(styles.note());
        Sheets.headers(sheet, HEADER_ROW, List.of(language.text("lc.col.dimension"), language.text("lc.col.dimension_name"),
                language.text("lc.col.respondents"), language.text("lc.col.score"), language.text("lc.col.previous_score"),
                language.text("lc.col.change")), styles);
        int row = HEADER_ROW + 1;
        for (LeercultuurScore s : scan.scores()) {
            boolean shown = s.respondents() >= minGroupSize;
            boolean previousShown = s.previousScore() != null && s.previousRespondents() >= minGroupSize;
            Sheets.text(sheet, row, 0, s.dimensionCode(), styles);
            Sheets.text(sheet, row, 1, scan.nameOf(s.dimensionCode()), styles);
            Sheets.number(sheet, row, 2, s.respondents(), styles.integer());
            score(sheet, row, 3, shown ? s.score() : null, !shown, styles);
            score(sheet, row, 4, previousShown ? s.previousScore() : null, s.previousScore() != null && !previousShown, styles);
            boolean changeKnown = s.previousScore() != null;
            score(sheet, row, 5, shown && previousShown ? s.score() - s.previousScore() : null, changeKnown && !(shown && previousShown), styles);
            row++;
        }
        Sheets.table(sheet, "Leercultuur", HEADER_ROW, row - 1, COLUMNS);
    }

    /** A score, or the mark of a hidden one (–), or nothing when there is none. */
    private static void score(XSSFSheet sheet, int row, int column, Double value, boolean hidden, WorkbookStyles styles) {
        if (hidden) {
            Sheets.text(sheet, row, column, "\u2013", styles);
            Sheets.cell(sheet, row, column).setCellStyle(styles.suppressed());
        } else {
            Sheets.number(sheet, row, column, value, styles.figure(Figure.Format.DECIMAL2, false));
        }
    }
}
