package nl.metrokaart.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading back a written .xlsx in a test, and writing a small one as input: the one copy for both
 * modules (batch-jobs uses it through reports' test-jar). Lookups that find nothing fail the test
 * with the sheet and what was looked for.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** The workbook in {@code file}, read fully (close it, or use try-with-resources). */
    public static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every non-empty cell as "sheet!A1=shown value" (formulas as their formula), to compare two workbooks or search one. */
    public static List<String> cells(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : formatter.formatCellValue(cell);
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The sheets' names, in order. */
    public static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The cells right of the row labelled {@code label} in column A, as shown: numbers plainly, hidden figures as their mark. */
    public static List<String> valuesRightOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : cell.getCellType() == CellType.NUMERIC ? plain(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                return values;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    /** The first row whose text in {@code column} is {@code value}. */
    public static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (text(row, column).equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " on " + sheet.getSheetName());
    }

    /** The index of the column headed {@code header} in row {@code headerRow}. */
    public static int column(Sheet sheet, int headerRow, String header) {
        for (Cell cell : sheet.getRow(headerRow)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    /** The text of a cell; "" for a missing or non-text cell. */
    public static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** Every text cell of the sheet, row by row. */
    public static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            });
        }
        return texts;
    }

    /** A number as a person reads it: 12, not 12.0. */
    public static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Writes a row of input (e.g. a survey export) from column A on; null leaves a cell out, numbers become number cells. */
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
