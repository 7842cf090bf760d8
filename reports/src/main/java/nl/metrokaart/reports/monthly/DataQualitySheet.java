package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.DataQuality;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/** Every file the warehouse looked at: read, loaded and rejected rows, and why a file was refused. */
final class DataQualitySheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final DataQuality quality;
    private final ReportLanguage language;
    private final ReportTable table;

    DataQualitySheet(DataQuality quality, ReportLanguage language) {
        this.quality = quality;
        this.language = language;
        this.table = new ReportTable("Bestanden")
                .column(language.text("col.file"), 34)
                .column(language.text("col.kind"), 13)
                .column(language.text("col.file_status"), 14)
                .column(language.text("col.rows_read"), 12)
                .column(language.text("col.rows_loaded"), 12)
                .column(language.text("col.rows_rejected"), 12)
                .column(language.text("col.when"), 19)
                .column(language.text("col.reason"), 60);
        for (DataQuality.FileRecord f : quality.files()) {
            table.row(f.fileName(), language.textOr("source." + f.kind(), f.kind()), language.text("file_status." + f.status()), count(f.rowsRead()), count(f.rowsLoaded()),
                    count(f.rowsRejected()), f.when(), f.reason());
        }
    }

    private static Figure count(Long rows) {
        return rows == null ? null : Figure.count(rows);
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.data_quality"));
        book.title(sheet, language.text("data_quality.title"), language.text("data_quality.subtitle", quality.totalRejects()));
        int row = book.table(sheet, HEADER_ROW, table, true);
        book.note(sheet, row + 1, language.text("data_quality.note"), 7);
        return List.of();
    }
}
