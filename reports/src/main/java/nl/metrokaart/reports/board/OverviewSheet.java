package nl.metrokaart.reports.board;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

/**
 * A one-page overview as the workbook's first sheet: what the board's and the funder's page share.
 * Its figures travel in a table that is not written but passes the report's privacy rule with every
 * other figure; its charts are drawn ahead and placed on the page by {@link OverviewSheets}.
 */
public abstract class OverviewSheet implements ReportSheet, OverviewPage {

    /** The page's figures (each tile's value, change and target), for the privacy rule. */
    protected final ReportTable figures;
    private final int minGroupSize;
    private final List<CompletableFuture<byte[]>> charts = new ArrayList<>();

    protected OverviewSheet(String tableName, int minGroupSize) {
        this.figures = new ReportTable(tableName).column("figure", 10);
        this.minGroupSize = minGroupSize;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(figures);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        charts.addAll(OverviewSheets.prepare(book, this));
    }

    @Override
    public List<ReportSheet.Chart> write(ReportWorkbook book) {
        OverviewSheets.write(book, this, minGroupSize, charts);
        // Its charts are small copies of the other sheets' figures: not saved again as files.
        return List.of();
    }
}
