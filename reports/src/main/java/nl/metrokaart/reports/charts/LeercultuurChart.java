package nl.metrokaart.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.ReportLanguage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The distribution of the leercultuurscan as a chart: per dimension (and over all dimensions) the
 * companies in the low, middle and high third of the scale, stacked. Counts of companies, so
 * nothing in it is hidden.
 */
public final class LeercultuurChart {

    /** Low to high as the traffic light the bands are read as. */
    private static final Color[] BANDS = {new Color(0xE4, 0x57, 0x2E), new Color(0xF2, 0xB1, 0x34), new Color(0x4C, 0x9F, 0x70)};

    private LeercultuurChart() {
    }

    public static byte[] png(Leercultuur scan, String title, ReportLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> order = new ArrayList<>(scan.dimensions().stream().map(Leercultuur.Dimension::code).toList());
        order.add(null);
        for (String code : order) {
            String category = code == null ? language.text("lc.all_dimensions") : scan.nameOf(code);
            Leercultuur.Distribution d = scan.distribution().stream().filter(x -> Objects.equals(x.dimensionCode(), code)).findFirst()
                    .orElse(new Leercultuur.Distribution(code, 0, null, null, null, null, null, null, 0, 0, 0));
            data.addValue(d.laag(), language.text("lc.band.laag"), category);
            data.addValue(d.midden(), language.text("lc.band.midden"), category);
            data.addValue(d.hoog(), language.text("lc.band.hoog"), category);
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        NumberAxis axis = new NumberAxis(language.text("col.companies"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(language.text("lc.col.dimension")), axis, bars);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        for (int i = 0; i < BANDS.length; i++) {
            bars.setSeriesPaint(i, BANDS[i]);
        }
        return ChartTheme.png(chart);
    }
}
