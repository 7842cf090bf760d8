package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.DataQuality;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/** The rejected rows with file, line, column, value and reason; the first ones when there are very many. */
final class RejectsSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final DataQuality quality;
    private final ReportLanguage language;
    private final ReportTable table;

    RejectsSheet(DataQuality quality, ReportLanguage language) {
        this.quality = quality;
        this.language = language;
        this.table = new ReportTable("Afgewezen")
                .column(language.text("col.file"), 34)
                .column(language.text("col.line"), 10)
                .column(language.text("col.column"), 18)
                .column(language.text("col.value"), 28)
                .column(language.text("col.reason"), 90);
        for (DataQuality.Reject r : quality.rejects()) {
            table.row(r.fileName(), r.line() == null ? null : Figure.count(r.line()), r.column(), r.value(), r.reason());
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.rejects"));
        String subtitle = quality.rejects().size() < quality.totalRejects()
                ? language.text("rejects.subtitle_capped", quality.rejects().size(), quality.totalRejects())
                : language.text("rejects.subtitle", quality.totalRejects());
        book.title(sheet, language.text("rejects.title"), subtitle);
        book.table(sheet, HEADER_ROW, table, true);
        return List.of();
    }
}
