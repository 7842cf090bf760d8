package nl.metrokaart.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;

import nl.metrokaart.reports.BandColours;
import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.RunOccupancy;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Participants per run as bars coloured by band status, with each lijn's band [min, max] as marks. */
public final class OccupancyChart {

    /** The most runs drawn one bar each. */
    public static final int MAX_RUNS = 60;

    private OccupancyChart() {
    }

    /** For many runs: per lijn, its runs stacked by band status. */
    public static byte[] statusPerLijn(List<RunOccupancy> runs, String title, ReportLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        java.util.SortedSet<String> lijnen = new java.util.TreeSet<>();
        runs.forEach(r -> lijnen.add(r.lijnCode()));
        for (BandStatus status : BandStatus.values()) {
            for (String lijn : lijnen) {
                data.addValue(runs.stream().filter(r -> r.lijnCode().equals(lijn) && r.bandStatus() == status).count(),
                        language.text(status.messageKey()), lijn);
            }
        }
        org.jfree.chart.renderer.category.StackedBarRenderer bars = new org.jfree.chart.renderer.category.StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        NumberAxis axis = new NumberAxis(language.text("chart.runs"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(language.locale()));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(language.text("chart.lijn")), axis, bars);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        for (BandStatus status : BandStatus.values()) {
            bars.setSeriesPaint(status.ordinal(), BandColours.strong(status));
        }
        return ChartTheme.png(chart);
    }

    public static byte[] png(List<RunOccupancy> runs, String title, ReportLanguage language) {
        DefaultCategoryDataset participants = new DefaultCategoryDataset();
        DefaultCategoryDataset band = new DefaultCategoryDataset();
        String participantsLabel = language.text("chart.participants");
        String minLabel = language.text("chart.band.min");
        String maxLabel = language.text("chart.band.max");
        for (RunOccupancy run : runs) {
            participants.addValue(run.participants(), participantsLabel, run.runCode());
            band.addValue(run.minParticipants(), minLabel, run.runCode());
            band.addValue(run.maxParticipants(), maxLabel, run.runCode());
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return BandColours.strong(runs.get(column).bandStatus());
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.06);

        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        Rectangle2D dash = new Rectangle2D.Double(-14, -1.5, 28, 3);

        NumberAxis axis = new NumberAxis(language.text("chart.participants"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(language.locale()));
        CategoryAxis runsAxis = new CategoryAxis(language.text("chart.run"));
        runsAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);

        CategoryPlot plot = new CategoryPlot(participants, runsAxis, axis, bars);
        plot.setDataset(1, band);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend(language, dash));

        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        // The theme resets series paints and shapes: set the band marks after it.
        for (int series = 0; series < 2; series++) {
            marks.setSeriesShape(series, dash);
            marks.setSeriesPaint(series, Color.BLACK);
            marks.setSeriesStroke(series, new BasicStroke(2f));
        }
        return ChartTheme.png(chart);
    }

    private static LegendItemCollection legend(ReportLanguage language, Rectangle2D dash) {
        LegendItemCollection items = new LegendItemCollection();
        for (BandStatus status : BandStatus.values()) {
            items.add(new LegendItem(language.text(status.messageKey()), BandColours.strong(status)));
        }
        LegendItem band = new LegendItem(language.text("chart.band"), null, null, null, dash, Color.BLACK);
        items.add(band);
        return items;
    }
}
