package nl.metrokaart.reports.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.PeriodGrid;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Completion of the runs that ended in each quarter, per lijn and for all lijnen: runs, their
 * participants (per run, summed), how many completed and the completion rate.
 */
final class ImpactCompletionSheet implements ReportSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final PeriodGrid grid;
    private Figure[] runs;
    private Figure[] participants;
    private Figure[] completed;
    private Figure[] rate;

    ImpactCompletionSheet(ImpactReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.grid = new PeriodGrid("Voltooiing", List.of(language.text("col.lijn"), language.text("col.lijn_name"), language.text("col.measure")),
                List.of(9, 34, 24), ImpactSheets.periodHeaders(report, language));
        List<String> lijnen = report.completion().stream().map(ImpactReport.Completion::lijnCode).filter(Objects::nonNull)
                .distinct().sorted().toList();
        List<Integer> participantRows = new ArrayList<>();
        List<Integer> completedRows = new ArrayList<>();
        for (String lijn : lijnen) {
            List<ImpactReport.Completion> rows = report.completion().stream().filter(c -> lijn.equals(c.lijnCode())).toList();
            String name = rows.get(0).lijnName();
            int[] added = add(lijn, name, rows);
            participantRows.add(added[0]);
            completedRows.add(added[1]);
        }
        List<ImpactReport.Completion> all = report.completion().stream().filter(c -> c.lijnCode() == null).toList();
        int[] total = add(language.text("impact.all_lijnen"), null, all);
        grid.rowsAddUp(participantRows, total[0]);
        grid.rowsAddUp(completedRows, total[1]);
        runs = grid.values(total[0] - 1);
        participants = grid.values(total[0]);
        completed = grid.values(total[1]);
        rate = grid.values(total[1] + 1);
    }

    /** The four rows of one lijn; returns the indexes of its participants and completed rows. */
    private int[] add(String lijn, String name, List<ImpactReport.Completion> rows) {
        List<Object> labels = List.of(lijn, name == null ? "" : name);
        Figure[] runCount = ImpactSheets.perPeriod(report, rows, ImpactReport.Completion::quarter, c -> Figure.count(c.runs()), () -> Figure.count(0));
        Figure[] people = ImpactSheets.perPeriod(report, rows, ImpactReport.Completion::quarter, c -> Figure.people(c.participants()),
                () -> Figure.people(0));
        Figure[] done = ImpactSheets.perPeriod(report, rows, ImpactReport.Completion::quarter, c -> Figure.people(c.completed()),
                () -> Figure.people(0));
        Figure[] rates = new Figure[people.length];
        for (int c = 0; c < people.length; c++) {
            int column = c;
            ImpactReport.Completion source = rows.stream().filter(r -> ImpactSheets.column(report, r.quarter()) == column).findFirst().orElse(null);
            rates[c] = Figure.rate(source == null ? null : source.completionRate(), source == null ? 0 : source.participants(), Format.PERCENT,
                    done[c], people[c]);
        }
        grid.row(with(labels, "measure.runs_ended"), runCount);
        int p = grid.row(with(labels, "measure.participants_of_runs"), people);
        int d = grid.row(with(labels, "measure.completed"), done);
        grid.row(with(labels, "measure.completion_rate"), rates);
        grid.quartersAddUp(p);
        grid.quartersAddUp(d);
        return new int[]{p, d};
    }

    private List<Object> with(List<Object> labels, String measureKey) {
        List<Object> all = new ArrayList<>(labels);
        all.add(language.text(measureKey));
        return all;
    }

    Figure[] runs() {
        return runs;
    }

    Figure[] participants() {
        return participants;
    }

    Figure[] completed() {
        return completed;
    }

    Figure[] rate() {
        return rate;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(grid.table());
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.completion"));
        ImpactSheets.write(book, sheet, report, language.text("completion.title"), ImpactSheets.period(report, language), grid.table(),
                language.text("completion.note"));
        return List.of();
    }
}
