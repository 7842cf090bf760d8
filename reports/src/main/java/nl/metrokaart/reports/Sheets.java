package nl.metrokaart.reports;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Cell writing shared by every sheet: typed values, safe text, real Excel tables, pictures. */
final class Sheets {

    private Sheets() {
    }

    static Cell cell(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
    }

    /**
     * Text from the data: POI writes it as a string, never a formula; a value that a spreadsheet
     * would evaluate when retyped (=, +, -, @) is marked quote-prefixed as well.
     */
    static void text(XSSFSheet sheet, int row, int column, String value, WorkbookStyles styles) {
        Cell cell = cell(sheet, row, column);
        if (value == null) {
            cell.setBlank();
            return;
        }
        cell.setCellValue(value);
        boolean formulaLike = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        cell.setCellStyle(formulaLike ? styles.literalText() : styles.text());
    }

    static void number(XSSFSheet sheet, int row, int column, Number value, CellStyle style) {
        Cell cell = cell(sheet, row, column);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    static void date(XSSFSheet sheet, int row, int column, LocalDate value, WorkbookStyles styles) {
        Cell cell = cell(sheet, row, column);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date());
    }

    static void headers(XSSFSheet sheet, int row, List<String> headers, WorkbookStyles styles) {
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = cell(sheet, row, c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
        }
    }

    /**
     * Makes rows {@code headerRow..lastRow} a real Excel table (filter buttons, banded rows) and
     * freezes the panes below its header. An empty table still spans one row: Excel refuses
     * a table of a header alone.
     */
    static void table(XSSFSheet sheet, String name, int headerRow, int lastRow, int columns) {
        int last = Math.max(lastRow, headerRow + 1);
        for (int c = 0; c < columns; c++) {
            cell(sheet, last, c);
        }
        AreaReference area = new AreaReference(new CellReference(headerRow, 0), new CellReference(last, columns - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        table.updateHeaders();
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        var style = table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
        sheet.createFreezePane(0, headerRow + 1);
    }

    static void widths(XSSFSheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** Places a PNG with its top-left corner at (row, column), spanning the given cells. */
    static void picture(XSSFWorkbook workbook, XSSFSheet sheet, byte[] png, int row, int column, int columns, int rows) {
        int index = workbook.addPicture(png, XSSFWorkbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, column, row, column + columns, row + rows);
        drawing.createPicture(anchor, index);
    }
}
