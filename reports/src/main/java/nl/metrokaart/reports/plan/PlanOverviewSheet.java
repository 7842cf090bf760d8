package nl.metrokaart.reports.plan;

import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.LeercultuurScore;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.TrainingPlan;
import nl.metrokaart.reports.WorkbookStyles;
import nl.metrokaart.reports.map.MetrokaartMap;

import org.apache.poi.ss.usermodel.Sheet;

/** The plan's first sheet: the company, the plan in a few numbers, how to read it, and the metrokaart. */
final class PlanOverviewSheet implements ReportSheet {

    /** The picture's scale in the sheet: the 1600 px wide PNG shows about 1000 px wide. */
    static final double PICTURE_SCALE = 0.62;

    private final TrainingPlan plan;
    private final Leercultuur scan;
    private final ReportLanguage language;
    private final byte[] map;

    /**
     * {@code scan}: the company's latest leercultuurscan, in one line under the key figures when
     * the catalogue configures one; {@code map}: the metrokaart as PNG, or null.
     */
    PlanOverviewSheet(TrainingPlan plan, Leercultuur scan, ReportLanguage language, byte[] map) {
        this.plan = plan;
        this.scan = scan;
        this.language = language;
        this.map = map;
    }

    /** The key figures are a list of labels and counts, not a table. */
    @Override
    public List<ReportTable> tables() {
        return List.of();
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("plan.sheet.overview"));
        book.widths(sheet, List.of(58, 16, 12, 12, 12, 12, 12, 12, 12, 12));
        String company = plan.companyName() == null || plan.companyName().isBlank() ? plan.companyKvk() : plan.companyName();
        book.title(sheet, language.text("plan.title", company), plan.pps());
        line(book, sheet, 2, language.text("plan.kvk"), plan.companyKvk());
        line(book, sheet, 3, language.text("plan.date"), plan.date());

        int row = 5;
        line(book, sheet, row++, new ReportTable.Styled(language.text("summary.kpi"), WorkbookStyles::header),
                new ReportTable.Styled(language.text("summary.value"), WorkbookStyles::header));
        List<TrainingPlan.SkillGap> gaps = plan.gaps();
        long employees = gaps.stream().mapToInt(TrainingPlan.SkillGap::employee).distinct().count();
        line(book, sheet, row++, language.text("plan.kpi.employees"), Figure.count(employees));
        line(book, sheet, row++, language.text("plan.kpi.skills"), Figure.count(gaps.size()));
        for (TrainingPlan.Status status : TrainingPlan.Status.values()) {
            line(book, sheet, row++, language.text("plan.kpi.status", language.text(status.messageKey())),
                    Figure.count(gaps.stream().filter(g -> g.status() == status).count()));
        }
        line(book, sheet, row++, language.text("plan.kpi.without_suggestion"), Figure.count(
                gaps.stream().filter(g -> g.status() != TrainingPlan.Status.AT_TARGET && g.suggested().isEmpty()).count()));
        line(book, sheet, row++, language.text("plan.kpi.modules"), Figure.count(plan.modules().size()));
        if (scan.configured()) {
            LeercultuurScore latest = scan.scores().isEmpty() ? null : scan.scores().get(0);
            line(book, sheet, row++, language.text("lc.plan.kpi"), latest == null ? language.text("lc.plan.kpi.none")
                    : language.text("lc.plan.kpi.scan", latest.scanId(), language.day(latest.scanDate()),
                            String.valueOf(latest.scanRespondents())));
        }

        row++;
        for (String key : List.of("plan.note.employee", "plan.note.level", "plan.note.suggestion", "plan.note.not_rated",
                "plan.note.privacy")) {
            line(book, sheet, row++, new ReportTable.Styled(language.text(key), WorkbookStyles::lineNote));
        }
        if (map == null || plan.picture() == null) {
            return List.of();
        }
        row++;
        line(book, sheet, row, new ReportTable.Styled(language.text("plan.map.caption",
                MetrokaartMap.period(plan.picture().from(), plan.picture().to(), language)), WorkbookStyles::subtitle));
        book.picture(sheet, map, row + 1, 0, PICTURE_SCALE);
        return List.of(new Chart(language.text("file.plan.map"), map));
    }

    /** One row of cells from column A. */
    private static void line(ReportWorkbook book, Sheet sheet, int row, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            book.write(ReportWorkbook.row(sheet, row), c, cells[c]);
        }
    }

    static String date(TrainingPlan plan, ReportLanguage language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(plan.date());
    }
}
