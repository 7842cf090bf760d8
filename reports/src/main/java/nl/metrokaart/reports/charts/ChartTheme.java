package nl.metrokaart.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * One look for every chart: a fixed font (DejaVu Sans renders accents and the euro sign on
 * any Linux box; the JVM falls back to its logical font elsewhere) so images are reproducible.
 */
public final class ChartTheme {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;
    public static final String FONT = "DejaVu Sans";

    private ChartTheme() {
    }

    public static void apply(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 22));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 15));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.apply(chart);
    }

    /**
     * Every chart by the PNG it was drawn as, so that the PDF board pack can draw the same chart
     * again as vector graphics. Weak keys with identity (an array's equals): an entry lives as
     * long as its PNG does.
     */
    private static final java.util.Map<byte[], JFreeChart> DRAWN =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public static byte[] png(JFreeChart chart) {
        try {
            byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
            DRAWN.put(png, chart);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart a PNG of {@link #png} was drawn from; null for any other image. */
    public static JFreeChart drawnAs(byte[] png) {
        return DRAWN.get(png);
    }
}
