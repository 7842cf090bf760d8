package nl.metrokaart.reports.board;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.TargetFigures;
import nl.metrokaart.reports.TargetProgress;
import nl.metrokaart.reports.Targets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Plan against actual: per target of the catalogue the target, the actual, the share reached,
 * what was expected by the report date, the projection to the period's end and the status. The
 * monthly report measures on its report date (year to date); the impact report at the end of
 * every quarter of its period. Shown only when the catalogue sets targets.
 */
public final class TargetsSheet implements ReportSheet {

    private static final int HEADER_ROW = 4;

    private final Targets targets;
    private final ReportLanguage language;
    private final String subtitle;
    private final ReportTable table;
    private final List<TargetProgress> rows = new ArrayList<>();
    private final List<Figure> actuals = new ArrayList<>();

    public TargetsSheet(Targets targets, boolean perQuarter, String subtitle, ReportLanguage language) {
        this.targets = targets;
        this.language = language;
        this.subtitle = subtitle;
        this.table = new ReportTable("Doelen")
                .column(language.text("col.kpi"), 40)
                .column(language.text("col.target_period"), 26);
        if (perQuarter) {
            table.column(language.text("col.as_of"), 18);
        }
        table.column(language.text("col.target"), 12)
                .column(language.text("col.actual"), 12)
                .column(language.text("col.share_reached"), 12)
                .column(language.text("col.expected"), 14)
                .column(language.text("col.projection"), 14)
                .column(language.text("col.status"), 14);
        for (TargetProgress t : targets.rows()) {
            Figure actual = TargetFigures.actual(t);
            List<Object> cells = new ArrayList<>(List.of(language.text("target.kpi." + t.kpi()), TargetFigures.periodCell(t, language)));
            if (perQuarter) {
                cells.add(t.asOf());
            }
            cells.addAll(java.util.Arrays.asList(TargetFigures.target(t), actual, TargetFigures.reached(t, actual),
                    TargetFigures.expected(t), TargetFigures.projection(t, actual), null));
            table.row(cells.toArray());
            rows.add(t);
            actuals.add(actual);
        }
    }

    public String subtitle() {
        return subtitle;
    }

    public String rule() {
        return language.text("targets.rule", percent(targets.attentionBelow()), percent(targets.behindBelow()));
    }

    public ReportTable table() {
        return table;
    }

    /** Each row's status as the reader sees it (after privacy). */
    public List<String> statuses() {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            statuses.add(TargetFigures.status(rows.get(i), actuals.get(i), language));
        }
        return statuses;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.targets"));
        book.title(sheet, language.text("targets.title"), subtitle);
        book.note(sheet, 2, rule(), table.headers().size() - 1);
        int last = book.table(sheet, HEADER_ROW, table, true);
        // the status in its colour, written over the table's empty last column
        int statusColumn = table.headers().size() - 1;
        for (int i = 0; i < rows.size(); i++) {
            String status = actuals.get(i).isHidden() ? "hidden" : rows.get(i).status();
            CellStyle style = book.styles().targetStatus(status, false);
            var cell = ReportWorkbook.row(sheet, HEADER_ROW + 1 + i).createCell(statusColumn);
            cell.setCellValue(statuses().get(i));
            cell.setCellStyle(style);
        }
        if (table.anyHidden()) {
            book.privacyNote(sheet, last + 1, statusColumn);
        }
        return List.of();
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
