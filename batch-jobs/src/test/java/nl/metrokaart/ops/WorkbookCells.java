package nl.metrokaart.ops;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Every cell of a workbook as "sheet!A1=shown value", to compare two workbooks or search one. */
public final class WorkbookCells {

    private WorkbookCells() {
    }

    public static List<String> of(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                                ? cell.getCellFormula() : formatter.formatCellValue(cell);
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
