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
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.GainChart;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Learning gain of the runs that ended in each quarter, per skill and over all skills: how many
 * intake-exit pairs were measured and the mean gain over the people measured (exit level minus intake
 * level); and its chart over the whole period.
 */
final class ImpactGainSheet implements ReportSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final PeriodGrid grid;
    private final List<String> skills = new ArrayList<>();
    private final List<Figure> periodMeans = new ArrayList<>();
    private Figure[] mean;

    ImpactGainSheet(ImpactReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.grid = new PeriodGrid("Leerwinst", List.of(language.text("col.skill"), language.text("col.skill_name"), language.text("col.measure")),
                List.of(10, 36, 22), ImpactSheets.periodHeaders(report, language));
        List<String> codes = report.learningGain().stream().map(ImpactReport.Gain::skillCode).filter(Objects::nonNull).distinct().sorted().toList();
        List<Integer> members = new ArrayList<>();
        for (String code : codes) {
            List<ImpactReport.Gain> rows = report.learningGain().stream().filter(g -> code.equals(g.skillCode())).toList();
            int row = add(List.of(code, rows.get(0).skillName() == null ? "" : rows.get(0).skillName()), rows);
            members.add(row);
            skills.add(code);
            periodMeans.add(grid.values(row + 1)[report.quarters().size()]);
        }
        List<ImpactReport.Gain> all = report.learningGain().stream().filter(g -> g.skillCode() == null).toList();
        int total = add(List.of(language.text("impact.all_skills"), ""), all);
        grid.rowsAddUp(members, total);
        mean = grid.values(total + 1);
    }

    /**
     * The two rows of one skill: measurements and the mean gain. The mean is over the people
     * measured; their number is not shown, as it would give a hidden count of measurements away.
     * Returns the measurements row.
     */
    private int add(List<Object> labels, List<ImpactReport.Gain> rows) {
        Figure[] measured = ImpactSheets.perPeriod(report, rows, ImpactReport.Gain::quarter, g -> Figure.people(g.measurements()),
                () -> Figure.people(0));
        Figure[] means = new Figure[measured.length];
        for (int c = 0; c < measured.length; c++) {
            int column = c;
            ImpactReport.Gain source = rows.stream().filter(g -> ImpactSheets.column(report, g.quarter()) == column).findFirst().orElse(null);
            // a mean over the people measured; hidden too when the count of measurements is
            means[c] = Figure.rate(source == null ? null : source.meanGain(), source == null ? 0 : source.participants(), Format.DECIMAL2,
                    measured[c]);
        }
        int row = grid.row(with(labels, "measure.measurements"), measured);
        grid.row(with(labels, "measure.mean_gain"), means);
        grid.quartersAddUp(row);
        return row;
    }

    private List<Object> with(List<Object> labels, String key) {
        List<Object> all = new ArrayList<>(labels);
        all.add(language.text(key));
        return all;
    }

    Figure[] mean() {
        return mean;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(grid.table());
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.learning_gain"));
        int row = ImpactSheets.write(book, sheet, report, language.text("learning_gain.title"), ImpactSheets.period(report, language),
                grid.table(), language.text("learning_gain.note"));
        if (skills.isEmpty()) {
            return List.of();
        }
        byte[] chart = GainChart.png(skills, periodMeans, language.text("chart.learning_gain.title", ImpactSheets.period(report, language)), book);
        book.picture(sheet, chart, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.learning_gain"), chart));
    }
}
