package nl.metrokaart.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.metrokaart.reports.BandColours;
import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The board page's three small charts, as JFreeChart objects: PNG for the workbook, vector for the PDF. */
public final class BoardCharts {

    private BoardCharts() {
    }

    public static JFreeChart bands(Map<BandStatus, Long> runs, String title, ReportLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<BandStatus> statuses = List.of(BandStatus.values());
        for (BandStatus status : statuses) {
            data.addValue(runs.getOrDefault(status, 0L), language.text("board.chart.runs"), language.text(status.messageKey()));
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return BandColours.strong(statuses.get(column));
            }
        };
        NumberAxis axis = new NumberAxis(language.text("board.chart.runs"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(language.locale()));
        return small(bar(data, new CategoryAxis(null), axis, bars), title);
    }

    public static JFreeChart cohorts(List<String> cohorts, List<Figure> rates, String title, Function<Figure, String> mark, ReportLanguage language) {
        NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
        String[] labels = new String[cohorts.size()];
        for (int i = 0; i < cohorts.size(); i++) {
            Figure rate = rates.get(i);
            labels[i] = rate.isHidden() ? mark.apply(rate) : rate.value() == null ? "" : percent.format(rate.value());
        }
        NumberAxis axis = new NumberAxis(language.text("chart.conversion_rate"));
        axis.setNumberFormatOverride(percent);
        return labelledBars(cohorts, rates, labels, axis, title);
    }

    /**
     * A figure per period as bars, each labelled with its figure (a hidden one as its mark, drawn
     * as an empty bar): e.g. the funder's participants or conversion per quarter.
     */
    public static JFreeChart bars(List<String> periods, List<Figure> figures, String title, String axisLabel, Function<Figure, String> mark,
                           ReportLanguage language) {
        boolean percent = figures.stream().anyMatch(f -> f.format() == Figure.Format.PERCENT);
        NumberFormat format = percent ? NumberFormat.getPercentInstance(language.locale()) : NumberFormat.getIntegerInstance(language.locale());
        String[] labels = new String[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            Figure figure = figures.get(i);
            labels[i] = figure.isHidden() ? mark.apply(figure) : figure.value() == null ? ""
                    : format.format(figure.value()) + (figure.isProvisional() ? "*" : "");
        }
        NumberAxis axis = new NumberAxis(axisLabel);
        if (!percent) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (figures.stream().allMatch(f -> f.shown() == null || f.shown() == 0)) {
            // nothing to show (every figure hidden or empty): still an axis that reads 0 to 1 or 0% to 10%
            axis.setRange(0, percent ? 0.1 : 1);
        }
        axis.setNumberFormatOverride(format);
        return labelledBars(periods, figures, labels, axis, title);
    }

    /**
     * A bar per category, each with its label above it (a hidden figure drawn as an empty bar),
     * a provisional one in the provisional colour: the small bar charts of the overview pages.
     */
    private static JFreeChart labelledBars(List<String> categories, List<Figure> figures, String[] labels, NumberAxis axis, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            Figure figure = figures.get(i);
            data.addValue(figure.shown() == null ? 0 : figure.shown(), axis.getLabel(), categories.get(i));
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return figures.get(column).isProvisional() ? Charts.PROVISIONAL : Charts.MAIN;
            }
        };
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return labels[column];
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(ChartTheme.FONT, Font.PLAIN, 9));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        axis.setUpperMargin(0.2);
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return small(bar(data, x, axis, bars), title);
    }

    public static JFreeChart trend(List<YearMonth> months, List<Figure> participants, String title, ReportLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            Figure figure = participants.get(i);
            data.addValue(figure.shown(), language.text("chart.participants"),
                    month.getMonth().getDisplayName(TextStyle.SHORT, language.locale()) + " " + String.valueOf(month.getYear()).substring(2));
        }
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        NumberAxis axis = new NumberAxis(language.text("chart.participants"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(language.locale()));
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        JFreeChart chart = small(new CategoryPlot(data, x, axis, lines), title);
        // after the theme, which sets its own series colours
        lines.setSeriesPaint(0, Charts.MAIN);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        return chart;
    }

    private static CategoryPlot bar(DefaultCategoryDataset data, CategoryAxis x, NumberAxis y, BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        return new CategoryPlot(data, x, y, bars);
    }

    /** The common look at a small size: the theme, smaller fonts, no legend. */
    private static JFreeChart small(CategoryPlot plot, String title) {
        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        chart.removeLegend();
        chart.getTitle().setFont(new Font(ChartTheme.FONT, Font.BOLD, 14));
        Font tick = new Font(ChartTheme.FONT, Font.PLAIN, 10);
        plot.getDomainAxis().setTickLabelFont(tick);
        plot.getRangeAxis().setTickLabelFont(tick);
        plot.getRangeAxis().setLabelFont(new Font(ChartTheme.FONT, Font.PLAIN, 11));
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
