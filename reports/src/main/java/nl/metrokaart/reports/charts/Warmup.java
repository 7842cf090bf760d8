package nl.metrokaart.reports.charts;

import java.io.OutputStream;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.Suppression;

/**
 * Loads what the first workbook and the first chart of a process need (the spreadsheet schema
 * classes, fonts, the image encoder: most of a second) on another thread, while the caller
 * still reads its data. Writes nothing anywhere.
 */
public final class Warmup {

    private Warmup() {
    }

    private static java.util.concurrent.CompletableFuture<Void> started;

    /**
     * Starts the warm-up once per process (a launcher starts it as the JVM starts, a report job asks
     * again and waits for the same one). It never fails a report: what it could not load, the
     * report loads itself.
     */
    public static synchronized java.util.concurrent.CompletableFuture<Void> start() {
        if (started == null) {
            started = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    run();
                } catch (RuntimeException | LinkageError e) {
                    // best effort only
                }
            });
        }
        return started;
    }

    static void run() {
        try (ReportWorkbook book = new ReportWorkbook(ReportLanguage.NL, Suppression.DEFAULT_MIN_GROUP_SIZE)) {
            ReportTable table = new ReportTable("Warmup").column("a", 10).column("b", 10);
            table.row("x", Figure.value(0.5, Format.PERCENT));
            book.table(book.sheet("warmup"), 0, table, true);
            byte[] png = ConversionChart.png(List.of("a"), List.of(Figure.value(0.5, Format.PERCENT)), "warmup", "a", book);
            book.picture(book.sheet("chart"), png, 0, 0, 10, 10);
            book.writeTo(OutputStream.nullOutputStream());
        }
    }
}
