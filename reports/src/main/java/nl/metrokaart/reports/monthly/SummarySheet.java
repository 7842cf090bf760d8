package nl.metrokaart.reports.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.PeriodKpis;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.SourceFreshness;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet a board member sees: the key figures of the month and of the year to date,
 * each against the month before, and how fresh each source is.
 */
final class SummarySheet implements ReportSheet {

    static final int HEADER_ROW = 4;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final ReportTable kpis;
    private final ReportTable sources;
    private final PeriodKpis change;

    SummarySheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        String month = language.monthName(report.month());
        String previous = language.monthName(report.month().minusMonths(1));
        this.kpis = new ReportTable("Kengetallen")
                .column(language.text("summary.kpi"), 62)
                .column(month, 16)
                .column(previous, 16)
                .column(language.text("summary.change"), 14)
                .column(language.text("summary.year_to_date", String.valueOf(report.month().getYear()),
                        report.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, language.locale())), 18);
        PeriodKpis m = report.monthKpis();
        PeriodKpis p = report.previousMonthKpis();
        PeriodKpis y = report.yearToDateKpis();
        this.change = report.monthChange();
        flow("summary.active_runs", m, p, y, k -> Figure.count(k.activeRuns()));
        flow("summary.runs_below_minimum", m, p, y, k -> Figure.count(k.runsBelowMinimum()));
        flow("summary.places_taken", m, p, y, k -> Figure.people(k.placesTaken()));
        flow("summary.mean_occupancy", m, p, y, k -> Figure.value(k.meanOccupancyRate(), Format.PERCENT));
        flow("summary.participants", m, p, y, k -> Figure.people(k.participants()));
        flow("summary.companies", m, p, y, k -> Figure.count(k.companies()));
        flow("summary.mkb_share", m, p, y, k -> Figure.value(k.mkbShare(), Format.PERCENT));
        flow("summary.new_companies", m, p, y, k -> Figure.count(k.newCompanies()));
        flow("summary.runs_ended", m, p, y, k -> Figure.count(k.runsEnded()));
        List<Figure[]> completion = new ArrayList<>();
        for (PeriodKpis k : List.of(m, p, y)) {
            Figure ended = Figure.people(k.endedParticipants());
            Figure completed = Figure.people(k.completed());
            completion.add(new Figure[]{ended, completed,
                    Figure.rate(k.completionRate(), k.endedParticipants(), Format.PERCENT, completed, ended)});
        }
        List<Function<PeriodKpis, Figure>> completionFigures = List.of(k -> Figure.people(k.endedParticipants()),
                k -> Figure.people(k.completed()), k -> Figure.value(k.completionRate(), Format.PERCENT));
        for (int i = 0; i < 3; i++) {
            int index = i;
            String key = new String[]{"summary.ended_participants", "summary.completed", "summary.completion_rate"}[i];
            row(key, completion.get(0)[index], completion.get(1)[index], completion.get(2)[index], completionFigures.get(index));
        }
        flow("summary.badges_issued", m, p, y, k -> Figure.people(k.badgesIssued()));
        flow("summary.certificates_earned", m, p, y, k -> Figure.people(k.certificatesEarned()));
        flow("summary.converted", m, p, y, k -> Figure.people(k.converted()));
        stock("summary.conversion_rate", m, p, k -> Figure.rate(k.conversionRate(), k.cohortSize(), Format.PERCENT)
                .provisional(k.anyWindowOpen()));
        stock("summary.rated_participants", m, p, k -> Figure.people(k.ratedParticipants()));
        stock("summary.mean_gap", m, p, k -> Figure.rate(k.meanGap(), k.ratedParticipants(), Format.DECIMAL2));
        stock("summary.at_target", m, p, k -> Figure.rate(k.atTargetShare(), k.ratedParticipants(), Format.PERCENT));

        this.sources = new ReportTable("Bronnen")
                .column(language.text("col.source"), 62)
                .column(language.text("col.data_up_to"), 16)
                .column(language.text("col.rows"), 16);
        for (SourceFreshness source : report.sources()) {
            sources.row(language.text("source." + source.source()), source.dataUpTo(), Figure.count(source.rows()));
        }
    }

    /** A figure counted over each period: the month, the month before, their change, the year to date. */
    private void flow(String key, PeriodKpis month, PeriodKpis previous, PeriodKpis year, Function<PeriodKpis, Figure> figure) {
        row(key, figure.apply(month), figure.apply(previous), figure.apply(year), figure);
    }

    /** A state at the end of a period: the year to date ends on the same day as the month, so it is not repeated. */
    private void stock(String key, PeriodKpis month, PeriodKpis previous, Function<PeriodKpis, Figure> figure) {
        row(key, figure.apply(month), figure.apply(previous), null, figure);
    }

    /** The change is the report model's ({@code rpt_monthly_summary}), read as {@code figure} reads the month; hidden with either month. */
    private void row(String key, Figure month, Figure previous, Figure year, Function<PeriodKpis, Figure> figure) {
        Format format = switch (month.format()) {
            case PERCENT -> Format.PERCENT_POINTS;
            case DECIMAL2 -> Format.SIGNED_DECIMAL2;
            default -> Format.SIGNED_INTEGER;
        };
        Double difference = change == null ? null : figure.apply(change).value();
        kpis.row(language.text(key), month, previous, Figure.derived(difference, format, month, previous), year);
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(kpis, sources);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.summary"));
        book.title(sheet, language.text("summary.title", language.monthName(report.month())), report.pps());
        Cell label = ReportWorkbook.row(sheet, 2).createCell(0);
        label.setCellValue(language.text("summary.report_date"));
        label.setCellStyle(book.styles().text());
        book.write(ReportWorkbook.row(sheet, 2), 1, report.reportDate());
        int row = book.table(sheet, HEADER_ROW, kpis, true);
        row = book.note(sheet, row + 1, language.text("summary.note", report.conversionWindowMonths()), 4);
        if (kpis.anyHidden()) {
            row = book.privacyNote(sheet, row, 4);
        }
        book.table(sheet, row + 1, sources, false);
        return List.of();
    }
}
