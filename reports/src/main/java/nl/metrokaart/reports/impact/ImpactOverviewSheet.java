package nl.metrokaart.reports.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.TargetProgress;
import nl.metrokaart.reports.Targets;
import nl.metrokaart.reports.board.OverviewPage;
import nl.metrokaart.reports.board.OverviewSheet;
import nl.metrokaart.reports.board.OverviewSheets;
import nl.metrokaart.reports.charts.BoardCharts;

import org.jfree.chart.JFreeChart;

/**
 * The funder's one page, first in the impact workbook and its PDF: the period's key figures as
 * tiles (with, when the catalogue sets targets, each target's progress at the period's end),
 * participants and conversion per quarter, and the privacy rule. Prints on one A4 page,
 * landscape. Every figure is the same instance as on the summary and its own sheet, so the
 * funder's privacy rule hides it here exactly when it hides it there.
 */
final class ImpactOverviewSheet extends OverviewSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final Targets targets;
    private final List<Tile> tiles = new ArrayList<>();
    private final List<String> quarters;
    private final List<Figure> participants;
    private final List<Figure> conversionRates;

    ImpactOverviewSheet(ImpactReport report, Targets targets, ReportLanguage language, ImpactReachSheet reach,
                        ImpactCompletionSheet completion, ImpactCountedSheet badges, ImpactCountedSheet certificates,
                        ImpactGainSheet gain, ImpactConversionSheet conversion) {
        super("OverzichtImpact", report.minGroupSize());
        this.report = report;
        this.language = language;
        this.targets = targets;
        int period = report.quarters().size();
        // The board's short tile labels where a figure has one (a tile is narrow), else the summary's.
        tile("board.tile.participants_reached", "participants_reached", reach.participants(), period, Format.INTEGER);
        tile("board.tile.companies_reached", "companies_reached", reach.companies(), period, Format.INTEGER);
        tile("board.tile.mkb_share", "mkb_share", reach.mkbShare(), period, Format.PERCENT);
        tile("impact.kpi.runs_ended", "runs_ended", completion.runs(), period, Format.INTEGER);
        tile("board.tile.completion_rate", "completion_rate", completion.rate(), period, Format.PERCENT);
        tile("board.tile.badges_issued", "badges_issued", badges.total(), period, Format.INTEGER);
        tile("board.tile.certificates_earned", "certificates_earned", certificates.total(), period, Format.INTEGER);
        tile("impact.tile.mean_gain", null, gain.mean(), period, Format.DECIMAL2);
        tile("board.tile.conversions", "conversions", conversion.converted(), period, Format.INTEGER);
        tile("board.tile.conversion_rate", "conversion_rate", conversion.rate(), period, Format.PERCENT);
        this.quarters = ImpactSheets.periodHeaders(report, language).subList(0, period);
        this.participants = perQuarter(reach.participants(), period, Format.INTEGER);
        this.conversionRates = perQuarter(conversion.rate(), period, Format.PERCENT);
    }

    private void tile(String label, String kpi, Figure[] values, int period, Format format) {
        Figure value = orEmpty(values, period, format);
        TargetProgress target = kpi == null ? null : targets.on(kpi, report.end());
        tiles.add(OverviewSheets.tile(language.text(label), value, null, target, figures));
    }

    /** The sheets' figure of a column; an empty one where a sheet has none (nothing to hide). */
    private static Figure orEmpty(Figure[] values, int column, Format format) {
        return values != null && column < values.length && values[column] != null ? values[column] : Figure.value(null, format);
    }

    private List<Figure> perQuarter(Figure[] values, int period, Format format) {
        List<Figure> figures = new ArrayList<>();
        for (int q = 0; q < period; q++) {
            Figure figure = orEmpty(values, q, format);
            figures.add(figure);
            this.figures.row(figure);
        }
        return figures;
    }

    @Override
    public ReportLanguage language() {
        return language;
    }

    @Override
    public String title() {
        return language.text("impact.board.title", ImpactSheets.period(report, language));
    }

    @Override
    public String subtitle() {
        return language.text("board.subtitle", report.pps(), language.day(report.end()));
    }

    @Override
    public List<Tile> tiles() {
        return tiles;
    }

    @Override
    public String changeLabel() {
        return "";
    }

    @Override
    public String privacyRule() {
        return OverviewPage.privacyRule("impact.board.privacy", report.minGroupSize(), language);
    }

    @Override
    public String targetRule() {
        return OverviewPage.targetRule(targets, language);
    }

    @Override
    public List<JFreeChart> charts(Function<Figure, String> mark) {
        return List.of(
                BoardCharts.bars(quarters, participants, language.text("impact.board.chart.participants"),
                        language.text("chart.participants"), mark, language),
                BoardCharts.bars(quarters, conversionRates, language.text("impact.board.chart.conversion"),
                        language.text("chart.conversion_rate"), mark, language));
    }

}
