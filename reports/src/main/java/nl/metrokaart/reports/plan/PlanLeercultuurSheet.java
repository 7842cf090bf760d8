package nl.metrokaart.reports.plan;

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

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The company's latest leercultuurscan in its opleidingsplan: per dimension the respondents, the
 * mean score and the change since the scan before. Unlike the rest of the plan, a score over
 * fewer than k respondents is not shown: a scan is answered by the employees about their own
 * workplace, and so few answers would give one person's answer away to the company.
 */
public final class PlanLeercultuurSheet implements ReportSheet {

    public static final int HEADER_ROW = 4;

    private final TrainingPlan plan;
    private final Leercultuur scan;
    private final int minGroupSize;
    private final ReportLanguage language;
    private final ReportTable table;

    public PlanLeercultuurSheet(TrainingPlan plan, Leercultuur scan, int minGroupSize, ReportLanguage language) {
        this.plan = plan;
        this.scan = scan;
        this.minGroupSize = minGroupSize;
        this.language = language;
        this.table = new ReportTable("Leercultuur")
                .column(language.text("lc.col.dimension"), 12)
                .column(language.text("lc.col.dimension_name"), 30)
                .column(language.text("lc.col.respondents"), 13)
                .column(language.text("lc.col.score"), 11)
                .column(language.text("lc.col.previous_score"), 13)
                .column(language.text("lc.col.change"), 11);
        for (LeercultuurScore s : scan.scores()) {
            boolean shown = s.respondents() >= minGroupSize;
            boolean previousShown = s.previousScore() != null && s.previousRespondents() >= minGroupSize;
            boolean changeKnown = s.previousScore() != null;
            table.row(s.dimensionCode(), scan.nameOf(s.dimensionCode()), Figure.count(s.respondents()),
                    score(shown ? s.score() : null, !shown),
                    score(previousShown ? s.previousScore() : null, s.previousScore() != null && !previousShown),
                    score(shown && previousShown ? s.score() - s.previousScore() : null, changeKnown && !(shown && previousShown)));
        }
    }

    /** A score, or the mark of a hidden one (–, as a rate over too few people), or nothing when there is none. */
    private static Figure score(Double value, boolean hidden) {
        Figure score = Figure.value(value, Figure.Format.DECIMAL2);
        if (hidden) {
            score.hide(Figure.Hidden.SMALL_BASE);
        }
        return score;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("plan.sheet.leercultuur"));
        if (scan.scores().isEmpty()) {
            book.widths(sheet, table.widths());
            book.title(sheet, language.text("lc.plan.title"), language.text("lc.plan.none", language.day(plan.date())));
            return List.of();
        }
        LeercultuurScore first = scan.scores().get(0);
        book.title(sheet, language.text("lc.plan.title"), language.text("lc.plan.scan", first.scanId(),
                language.day(first.scanDate()), String.valueOf(first.scanRespondents())));
        // One line under the subtitle, in the note's look but not merged: the table's columns are narrow.
        book.write(ReportWorkbook.row(sheet, 2), 0, new ReportTable.Styled(language.text("lc.plan.note", minGroupSize),
                WorkbookStyles::note));
        book.table(sheet, HEADER_ROW, table, true);
        return List.of();
    }
}
