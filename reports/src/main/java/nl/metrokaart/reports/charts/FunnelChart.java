package nl.metrokaart.reports.charts;

import java.text.NumberFormat;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportWorkbook;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The funnel's steps as horizontal bars, each with its count and its share of enrolled. */
public final class FunnelChart {

    private FunnelChart() {
    }

    public static byte[] png(List<String> steps, List<Figure> counts, List<Figure> shares, String title, ReportWorkbook book) {
        ReportLanguage language = book.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        NumberFormat integer = NumberFormat.getIntegerInstance(language.locale());
        NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
        percent.setMaximumFractionDigits(1);
        String[] labels = new String[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            Figure count = counts.get(i);
            Figure share = shares.get(i);
            data.addValue(count.shown() == null ? 0 : count.shown(), language.text("chart.participants"), steps.get(i));
            labels[i] = (count.isHidden() ? book.mark(count) : integer.format(count.value()))
                    + "  (" + (share.isHidden() ? book.mark(share) : share.value() == null ? "" : percent.format(share.value()))
                    + (share.isProvisional() ? "*" : "") + ")";
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return labels[column];
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        NumberAxis axis = new NumberAxis(language.text("chart.participants_per_run"));
        axis.setNumberFormatOverride(integer);
        axis.setUpperMargin(0.25);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartTheme.apply(chart);
        bars.setSeriesPaint(0, Charts.MAIN);
        bars.setDefaultItemLabelFont(new java.awt.Font(ChartTheme.FONT, java.awt.Font.BOLD, 14));
        return ChartTheme.png(chart);
    }
}
