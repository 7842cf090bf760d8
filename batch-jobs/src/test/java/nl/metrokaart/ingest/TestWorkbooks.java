package nl.metrokaart.ingest;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Survey exports written with POI for the workbook ingest tests. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A row with the given cells from column A on; null leaves a cell out, numbers become number cells. */
    public static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
        return row;
    }

    public static void write(XSSFWorkbook workbook, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
