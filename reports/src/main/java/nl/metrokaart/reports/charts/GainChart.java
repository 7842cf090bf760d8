package nl.metrokaart.reports.charts;

import java.text.NumberFormat;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportWorkbook;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Mean learning gain per skill as bars with their values; a hidden mean shows its privacy mark. */
public final class GainChart {

    private GainChart() {
    }

    public static byte[] png(List<String> skills, List<Figure> means, String title, ReportWorkbook book) {
        ReportLanguage language = book.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String[] labels = new String[skills.size()];
        for (int i = 0; i < skills.size(); i++) {
            Figure mean = means.get(i);
            data.addValue(mean.shown() == null ? 0 : mean.shown(), language.text("chart.mean_gain"), skills.get(i));
            labels[i] = mean.isHidden() ? book.mark(mean) : mean.value() == null ? "" : format.format(mean.value());
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.07);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return labels[column];
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        NumberAxis axis = new NumberAxis(language.text("chart.mean_gain"));
        axis.setNumberFormatOverride(format);
        axis.setUpperMargin(0.15);
        CategoryAxis x = new CategoryAxis(language.text("chart.skill"));
        x.setCategoryLabelPositions(skills.size() > 8 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        CategoryPlot plot = new CategoryPlot(data, x, axis, bars);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartTheme.apply(chart);
        bars.setSeriesPaint(0, Charts.MAIN);
        bars.setDefaultItemLabelFont(new java.awt.Font(ChartTheme.FONT, java.awt.Font.BOLD, 13));
        return ChartTheme.png(chart);
    }
}
