package nl.metrokaart.reports.charts;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.metrokaart.reports.LijnMonth;
import nl.metrokaart.reports.ReportLanguage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Participants of the active runs per lijn per month: one line per lijn in the lijn's own colour. */
public final class TrendChart {

    private TrendChart() {
    }

    public static byte[] png(List<LijnMonth> rows, YearMonth last, String title, ReportLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> colours = new LinkedHashMap<>();
        rows.stream().map(LijnMonth::lijnCode).distinct().sorted().forEach(l -> colours.put(l, null));
        rows.forEach(r -> colours.put(r.lijnCode(), r.lijnColour()));
        for (int i = 11; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            String label = month.getMonth().getDisplayName(TextStyle.SHORT, language.locale()) + " " + month.getYear();
            for (String lijn : colours.keySet()) {
                LijnMonth found = rows.stream().filter(r -> r.month().equals(month) && r.lijnCode().equals(lijn)).findFirst().orElse(null);
                // No active run is no participant: the line goes to zero rather than breaking off.
                data.addValue(found == null ? 0 : found.participants(), lijn, label);
            }
        }
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        NumberAxis axis = new NumberAxis(language.text("chart.participants"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(language.locale()));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(language.text("chart.month")), axis, lines);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        int series = 0;
        for (String colour : colours.values()) {
            lines.setSeriesPaint(series, Charts.colour(colour, series));
            lines.setSeriesStroke(series, new BasicStroke(3f));
            series++;
        }
        return ChartTheme.png(chart);
    }
}
