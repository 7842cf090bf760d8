package nl.metrokaart.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Any query result as a workbook an analyst can filter: typed cells, a frozen header and a
 * filter row. Streams (SXSSF), so a large result does not fill the heap.
 */
public final class QueryWorkbook {

    private QueryWorkbook() {
    }

    /** Writes {@code rows} (values: Number, Boolean, LocalDate, LocalDateTime, or text) under {@code columns}. */
    public static long write(List<String> columns, Iterator<Object[]> rows, Path file) {
        return write(List.of(new Table("query", columns, rows)), file).get(0);
    }

    /** One sheet's worth: its name (at most 31 characters, as Excel allows), columns and rows. */
    public record Table(String name, List<String> columns, Iterator<Object[]> rows) {
    }

    /** Writes each table on a sheet of its own; returns the row count of each. */
    public static List<Long> write(List<Table> tables, Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            List<Long> counts = new java.util.ArrayList<>();
            for (Table table : tables) {
                counts.add(sheet(workbook.createSheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name()),
                        table.columns(), table.rows(), header, date, timestamp, literal));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static long sheet(Sheet sheet, List<String> columns, Iterator<Object[]> rows, CellStyle header, CellStyle date,
                              CellStyle timestamp, CellStyle literal) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).length() + 2)) * 256);
        }
        long count = 0;
        while (rows.hasNext()) {
            Object[] values = rows.next();
            Row row = sheet.createRow((int) ++count);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Boolean bool) {
                    cell.setCellValue(bool);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof LocalDateTime moment) {
                    cell.setCellValue(moment);
                    cell.setCellStyle(timestamp);
                } else {
                    String text = value.toString();
                    cell.setCellValue(text);
                    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                        cell.setCellStyle(literal);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count, 1), 0, columns.size() - 1));
        }
        return count;
    }
}
