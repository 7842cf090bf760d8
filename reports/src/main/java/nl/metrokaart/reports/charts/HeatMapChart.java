package nl.metrokaart.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.HeatColours;
import nl.metrokaart.reports.ReportLanguage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Mean skill gap per skill (rows) and lijn (columns) as coloured blocks with their values: green
 * where people are at target, red where the gap is largest; grey with a mark where privacy hides
 * the figure, blank where the lijn's profile lacks the skill.
 */
public final class HeatMapChart {

    private HeatMapChart() {
    }

    public static byte[] png(List<String> rows, List<String> columns, Figure[][] values, String title, String columnAxis,
                      ReportLanguage language) {
        double max = 0;
        int cells = 0;
        for (Figure[] row : values) {
            for (Figure f : row) {
                if (f != null) {
                    cells++;
                    if (f.shown() != null) {
                        max = Math.max(max, f.shown());
                    }
                }
            }
        }
        double[][] series = new double[3][cells];
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        XYPlot plot = new XYPlot();
        int i = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Figure f = values[r][c];
                if (f == null) {
                    continue;
                }
                series[0][i] = c;
                series[1][i] = rows.size() - 1 - r;
                series[2][i] = f.shown() == null ? Double.NaN : f.shown();
                String label = f.isHidden() ? language.text(f.hidden() == Figure.Hidden.SMALL_BASE ? "suppressed.base" : "suppressed.other")
                        : f.value() == null ? "" : format.format(f.value());
                XYTextAnnotation text = new XYTextAnnotation(label, c, rows.size() - 1 - r);
                text.setFont(new Font(ChartTheme.FONT, Font.PLAIN, 13));
                plot.addAnnotation(text);
                i++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("gap", series);
        double top = Math.max(max, 0.01);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(new PaintScale() {
            @Override
            public double getLowerBound() {
                return 0;
            }

            @Override
            public double getUpperBound() {
                return top;
            }

            @Override
            public Paint getPaint(double value) {
                return Double.isNaN(value) ? HeatColours.HIDDEN : HeatColours.at(value, 0, top);
            }
        });
        String[] rowLabels = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            rowLabels[rows.size() - 1 - r] = rows.get(r);
        }
        SymbolAxis x = new SymbolAxis(columnAxis, columns.toArray(String[]::new));
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(language.text("chart.skill"), rowLabels);
        y.setGridBandsVisible(false);
        plot.setDataset(data);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setRenderer(blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartTheme.apply(chart);
        plot.setBackgroundPaint(Color.WHITE);
        return ChartTheme.png(chart);
    }
}
