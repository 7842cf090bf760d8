package nl.metrokaart.reports;

import java.util.List;

/**
 * One sheet of a report, in two steps: its tables are built from the model first, so that
 * privacy is decided over every figure of the workbook at once; then it is written, with the
 * charts it draws from what may be shown.
 */
public interface ReportSheet {

    public List<ReportTable> tables();

    /**
     * Starts drawing the sheet's charts once privacy is decided, so that they render beside the
     * writing of the workbook; {@link #write} waits for them.
     */
    default void prepare(ReportWorkbook book) {
    }

    /** A chart drawn on another thread. */
    public static java.util.concurrent.CompletableFuture<byte[]> draw(java.util.function.Supplier<byte[]> chart) {
        return java.util.concurrent.CompletableFuture.supplyAsync(chart);
    }

    /** Writes the sheet; returns the charts it placed, to be saved beside the workbook too. */
    public List<Chart> write(ReportWorkbook book);

    /** A chart as PNG, and the word its file name ends with (e.g. {@code bezetting}). */
    public record Chart(String fileSuffix, byte[] png) {
    }
}
