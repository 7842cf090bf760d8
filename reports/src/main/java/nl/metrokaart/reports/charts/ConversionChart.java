package nl.metrokaart.reports.charts;

import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportWorkbook;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
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

/**
 * Conversion rate per cohort (or per quarter) as bars: light where the window is still open (the
 * rate is provisional), with the privacy mark where the rate is hidden.
 */
public final class ConversionChart {

    private ConversionChart() {
    }

    public static byte[] png(List<String> categories, List<Figure> rates, String title, String categoryAxis, ReportWorkbook book) {
        ReportLanguage language = book.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
        percent.setMaximumFractionDigits(1);
        String[] labels = new String[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            Figure rate = rates.get(i);
            data.addValue(rate.shown() == null ? 0 : rate.shown(), language.text("chart.conversion_rate"), categories.get(i));
            labels[i] = rate.isHidden() ? book.mark(rate) : rate.value() == null ? "" : percent.format(rate.value());
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return rates.get(column).isProvisional() ? Charts.PROVISIONAL : Charts.MAIN;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return categories.size() <= 30 ? labels[column] : rates.get(column).isHidden() ? labels[column] : null;
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        NumberAxis axis = new NumberAxis(language.text("chart.conversion_rate"));
        axis.setNumberFormatOverride(percent);
        axis.setUpperMargin(0.15);
        axis.setAutoRangeIncludesZero(true);
        CategoryAxis x = new CategoryAxis(categoryAxis);
        x.setCategoryLabelPositions(categories.size() > 8 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        CategoryPlot plot = new CategoryPlot(data, x, axis, bars);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(language.text("chart.window_closed"), Charts.MAIN));
        legend.add(new LegendItem(language.text("chart.window_open"), Charts.PROVISIONAL));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        return ChartTheme.png(chart);
    }
}
