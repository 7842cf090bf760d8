package nl.metrokaart.reports.board;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.CohortConversion;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.LijnMonth;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.PeriodKpis;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.Targets;
import nl.metrokaart.reports.charts.BoardCharts;

import org.jfree.chart.JFreeChart;

/**
 * The board's one page, first in the monthly workbook and in the PDF board pack: the month's key
 * figures as tiles (with the change since the month before and, when the catalogue sets targets,
 * the status of the year's target), three small charts (runs by band status, conversion of the
 * latest cohorts, participants per month) and the privacy rule. Prints on one A4 page, landscape.
 * Its figures pass the report's privacy rule with every other figure; the PDF shows the same.
 */
public final class BoardSheet extends OverviewSheet {

    public static final int MAX_COHORTS = 12;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final Targets targets;
    private final List<Tile> tiles = new ArrayList<>();
    private final Map<BandStatus, Long> bands = new EnumMap<>(BandStatus.class);
    private final List<String> cohortLabels = new ArrayList<>();
    private final List<Figure> cohortRates = new ArrayList<>();
    private final List<YearMonth> trendMonths = new ArrayList<>();
    private final List<Figure> trendParticipants = new ArrayList<>();

    public BoardSheet(MonthlyReport report, Targets targets, ReportLanguage language) {
        super("Overzicht", report.minGroupSize());
        this.report = report;
        this.language = language;
        this.targets = targets;
        PeriodKpis m = report.monthKpis();
        PeriodKpis p = report.previousMonthKpis();
        tile("participants_reached", m, p, k -> Figure.people(k.participants()));
        tile("companies_reached", m, p, k -> Figure.count(k.companies()));
        tile("mkb_share", m, p, k -> Figure.value(k.mkbShare(), Format.PERCENT));
        tile("active_runs", m, p, k -> Figure.count(k.activeRuns()));
        tile("runs_under_minimum", m, p, k -> Figure.count(k.runsBelowMinimum()));
        tile("completion_rate", m, p, k -> Figure.rate(k.completionRate(), k.endedParticipants(), Format.PERCENT,
                Figure.people(k.completed()), Figure.people(k.endedParticipants())));
        tile("badges_issued", m, p, k -> Figure.people(k.badgesIssued()));
        tile("certificates_earned", m, p, k -> Figure.people(k.certificatesEarned()));
        tile("conversions", m, p, k -> Figure.people(k.converted()));
        tile("conversion_rate", m, p, k -> Figure.rate(k.conversionRate(), k.cohortSize(), Format.PERCENT).provisional(k.anyWindowOpen()));

        for (BandStatus status : BandStatus.values()) {
            bands.put(status, report.runs().stream().filter(r -> r.bandStatus() == status).count());
        }
        List<CohortConversion> latest = report.conversion().stream()
                .sorted(java.util.Comparator.comparing(CohortConversion::lastSession, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).reversed())
                .limit(MAX_COHORTS)
                .sorted(java.util.Comparator.comparing(CohortConversion::lastSession, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                        .thenComparing(CohortConversion::runCode))
                .toList();
        for (CohortConversion c : latest) {
            Figure rate = Figure.rate(c.conversionRate(), c.cohortSize(), Format.PERCENT, Figure.people(c.converted()),
                    Figure.people(c.cohortSize())).provisional(c.windowOpen());
            cohortLabels.add(c.runCode());
            cohortRates.add(rate);
            figures.row(rate);
        }
        for (int i = 11; i >= 0; i--) {
            YearMonth month = report.month().minusMonths(i);
            long participants = report.trend().stream().filter(r -> r.month().equals(month)).mapToLong(LijnMonth::participants).sum();
            Figure figure = Figure.people(participants);
            trendMonths.add(month);
            trendParticipants.add(figure);
            figures.row(figure);
        }
    }

    private void tile(String kpi, PeriodKpis month, PeriodKpis previous, Function<PeriodKpis, Figure> figure) {
        Figure value = figure.apply(month);
        // the change is the report model's (rpt_monthly_summary), read as the month is; hidden with either month
        Double difference = report.monthChange() == null ? null : figure.apply(report.monthChange()).value();
        Figure change = Figure.derived(difference, OverviewSheets.changeFormat(value), value, figure.apply(previous));
        tiles.add(OverviewSheets.tile(language.text("board.tile." + kpi), value, change, targets.on(kpi, report.reportDate()), figures));
    }

    @Override
    public ReportLanguage language() {
        return language;
    }

    @Override
    public List<Tile> tiles() {
        return tiles;
    }

    @Override
    public String title() {
        return language.text("board.title", language.monthName(report.month()));
    }

    @Override
    public String subtitle() {
        return language.text("board.subtitle", report.pps(), language.day(report.reportDate()));
    }

    @Override
    public String changeLabel() {
        return language.text("board.change", report.month().minusMonths(1).getMonth().getDisplayName(TextStyle.FULL, language.locale()));
    }

    @Override
    public String privacyRule() {
        return OverviewPage.privacyRule("board.privacy", report.minGroupSize(), language);
    }

    @Override
    public String targetRule() {
        return OverviewPage.targetRule(targets, language);
    }

    /** The page's three charts, drawn for the workbook (PNG) and the PDF (vector). */
    @Override
    public List<JFreeChart> charts(Function<Figure, String> mark) {
        return List.of(
                BoardCharts.bands(bands, language.text("board.chart.bands", language.monthName(report.month())), language),
                BoardCharts.cohorts(cohortLabels, cohortRates, language.text("board.chart.conversion"), mark, language),
                BoardCharts.trend(trendMonths, trendParticipants, language.text("board.chart.trend"), language));
    }

}
