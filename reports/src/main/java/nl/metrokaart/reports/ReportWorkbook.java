package nl.metrokaart.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one writer of every workbook the project writes (the reports, the opleidingsplan, query
 * results and the subject access export): streamed (SXSSF), so that sheets of many thousands of
 * rows keep little in memory. Rows of a sheet are written top to bottom. Cells are typed, text
 * from the data never becomes a formula, and tables are real Excel tables; Excel tables,
 * conditional formats and pictures are declared on the workbook underneath, which streaming
 * allows. The look comes from {@link WorkbookStyles}.
 */
public final class ReportWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int WINDOW = 200;
    /** Chart images are placed at this share of their size in pixels. */
    public static final double PICTURE_SCALE = 0.6;

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final ReportLanguage language;
    private final int minGroupSize;
    private final Set<String> tableNames = new HashSet<>();
    private final String smallMark;
    private final String baseMark;
    private final String otherMark;

    public ReportWorkbook(ReportLanguage language, int minGroupSize) {
        this.workbook = new FastZipWorkbook(new XSSFWorkbook(), WINDOW);
        this.styles = new WorkbookStyles(workbook.getXSSFWorkbook(), language);
        this.language = language;
        this.minGroupSize = minGroupSize;
        // Looked up once: a large sheet may hold many thousands of marks.
        this.smallMark = language.text("suppressed.small", minGroupSize);
        this.baseMark = language.text("suppressed.base");
        this.otherMark = language.text("suppressed.other");
    }

    /**
     * A workbook of data for an analyst (query results, a subject access export): no report
     * texts, so the language only names the styles' month names, which such data does not use.
     */
    public static ReportWorkbook forData() {
        return new ReportWorkbook(ReportLanguage.NL, Suppression.DEFAULT_MIN_GROUP_SIZE);
    }

    public WorkbookStyles styles() {
        return styles;
    }

    public ReportLanguage language() {
        return language;
    }

    public String text(String key, Object... arguments) {
        return language.text(key, arguments);
    }

    /** A new sheet that prints landscape on A4, as wide as one page. */
    public Sheet sheet(String name) {
        Sheet sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    public static Row row(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        return r != null ? r : sheet.createRow(row);
    }

    /** A sheet's title (row 0) and subtitle (row 1). */
    public void title(Sheet sheet, String title, String subtitle) {
        Cell t = row(sheet, 0).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title());
        if (subtitle != null) {
            Cell s = row(sheet, 1).createCell(0);
            s.setCellValue(subtitle);
            s.setCellStyle(styles.subtitle());
        }
    }

    /**
     * An explanation across the columns {@code 0..lastColumn}, merged and wrapped, its row as high
     * as the text needs (spreadsheets do not grow merged rows by themselves).
     */
    public int note(Sheet sheet, int rowIndex, String text, int lastColumn) {
        Row row = row(sheet, rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.note());
        double characters = 0;
        for (int c = 0; c <= lastColumn; c++) {
            characters += sheet.getColumnWidth(c) / 256.0;
        }
        // A 9-point note fits about 1.25 characters per character of column width.
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / Math.max(10, characters * 1.2)));
        }
        row.setHeightInPoints(Math.max(15, lines * 12.5f + 3));
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        }
        return rowIndex + 1;
    }

    /** The privacy legend under a table that hides figures: what {@code <k}, – and × mean. */
    public int privacyNote(Sheet sheet, int row, int lastColumn) {
        return note(sheet, row, text("privacy.legend", minGroupSize, text("suppressed.small", minGroupSize),
                text("suppressed.base"), text("suppressed.other")), lastColumn);
    }

    public void widths(Sheet sheet, List<Integer> characters) {
        for (int c = 0; c < characters.size(); c++) {
            sheet.setColumnWidth(c, characters.get(c) * 256);
        }
    }

    /**
     * Writes {@code table} with its header at {@code headerRow} and makes it a real Excel table;
     * with {@code main}, it also sets the sheet's column widths and freezes the rows above its
     * body. Returns the first row below the table.
     */
    public int table(Sheet sheet, int headerRow, ReportTable table, boolean main) {
        List<String> headers = unique(table.headers());
        if (main) {
            // No word of a header is broken: a column is at least as wide as its longest word.
            List<Integer> widths = new java.util.ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                int longestWord = java.util.Arrays.stream(headers.get(c).split(" ")).mapToInt(String::length).max().orElse(0);
                widths.add(Math.max(table.widths().get(c), longestWord + 2));
            }
            widths(sheet, widths);
        }
        Row head = row(sheet, headerRow);
        int headerLines = 1;
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
            headerLines = Math.max(headerLines, lines(headers.get(c), sheet.getColumnWidth(c) / 256.0 - 1));
        }
        head.setHeightInPoints(Math.min(4, headerLines) * 15f);
        int r = headerRow + 1;
        for (Object[] cells : table.rows()) {
            Row row = sheet.createRow(r++);
            int rowLines = 1;
            for (int c = 0; c < cells.length; c++) {
                write(row, c, cells[c]);
                if (table.isWrapped(c) && cells[c] instanceof String text && !isFormulaLike(text)) {
                    row.getCell(c).setCellStyle(styles.wrapped());
                    rowLines = Math.max(rowLines, lines(text, sheet.getColumnWidth(c) / 256.0 * 1.1));
                }
            }
            if (rowLines > 1) {
                row.setHeightInPoints(rowLines * 15f);
            }
        }
        if (table.rows().isEmpty()) {
            // Excel refuses a table of a header alone.
            Row empty = sheet.createRow(r++);
            for (int c = 0; c < headers.size(); c++) {
                empty.createCell(c).setCellStyle(styles.text());
            }
        }
        int last = r - 1;
        excelTable(sheet, table.name(), headers, headerRow, last);
        for (int[] columns : table.heatColumns()) {
            heat(sheet, new CellRangeAddress(headerRow + 1, last, columns[0], columns[1]));
        }
        if (main) {
            sheet.createFreezePane(0, headerRow + 1);
        }
        return r;
    }

    /** The lines {@code text} takes in a column {@code characters} wide, breaking between words. */
    public static int lines(String text, double characters) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > characters) {
                lines++;
                used = word.length();
            } else {
                used += (used > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    /** One cell: text from the data never becomes a formula, a hidden figure shows its mark. */
    public void write(Row row, int column, Object value) {
        write(row, column, value, false);
    }

    /**
     * One cell of a report ({@code data} false) or of data for an analyst ({@code data} true:
     * numbers and booleans typed as such, dates in ISO form).
     */
    private void write(Row row, int column, Object value, boolean data) {
        Cell cell = row.createCell(column);
        if (data && value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (data && value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (data && value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.isoDate());
        } else if (data && value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(styles.isoDateTime());
        } else if (value == null) {
            cell.setCellStyle(styles.text());
        } else if (value instanceof Figure figure) {
            figure(cell, figure);
        } else if (value instanceof ReportTable.Styled styled) {
            cell.setCellValue(styled.text());
            cell.setCellStyle(styled.style().apply(styles));
            if (isFormulaLike(styled.text())) {
                cell.setCellStyle(styles.literalText());
            }
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else if (value instanceof java.time.YearMonth month) {
            cell.setCellValue(month.atDay(1));
            cell.setCellStyle(styles.month());
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(styles.dateTime());
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            cell.setCellStyle(isFormulaLike(text) ? styles.literalText() : styles.text());
        }
    }

    private void figure(Cell cell, Figure figure) {
        if (figure.isHidden()) {
            cell.setCellValue(mark(figure));
            cell.setCellStyle(styles.suppressed());
        } else {
            if (figure.value() != null) {
                cell.setCellValue(figure.value());
            }
            cell.setCellStyle(styles.figure(figure.format(), figure.isProvisional()));
        }
    }

    /** How a hidden figure reads: {@code <5} for a small count, – for a rate over few people, × otherwise. */
    public String mark(Figure figure) {
        return switch (figure.hidden()) {
            case SMALL_COUNT -> smallMark;
            case SMALL_BASE -> baseMark;
            default -> otherMark;
        };
    }

    public static boolean isFormulaLike(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** Table column names must be unique (ignoring case) and match their header cells. */
    private static List<String> unique(List<String> headers) {
        Set<String> seen = new HashSet<>();
        return headers.stream().map(h -> {
            String name = h;
            for (int n = 2; !seen.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = h + " (" + n + ")";
            }
            return name;
        }).toList();
    }

    private void excelTable(Sheet sheet, String name, List<String> headers, int headerRow, int lastRow) {
        if (!tableNames.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("two tables named " + name);
        }
        XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        AreaReference area = new AreaReference(new CellReference(headerRow, 0), new CellReference(lastRow, headers.size() - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = xssf.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        // The header cells are streamed, not in the sheet underneath: name the columns here.
        var columns = table.getCTTable().getTableColumns();
        for (int c = 0; c < headers.size(); c++) {
            columns.getTableColumnArray(c).setName(headers.get(c));
        }
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        var style = table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
    }

    /** A three-colour scale: the lowest value green, the middle yellow, the highest red. */
    private void heat(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        scale.getThresholds()[1].setValue(50d);
        scale.getThresholds()[2].setRangeType(RangeType.MAX);
        scale.setColors(new XSSFColor[]{
                new XSSFColor(HeatColours.LOW, null), new XSSFColor(HeatColours.MIDDLE, null), new XSSFColor(HeatColours.HIGH, null)});
        formatting.addConditionalFormatting(new CellRangeAddress[]{range}, rule);
    }

    /**
     * Places a chart with its top-left corner at ({@code row}, {@code column}), at
     * {@link #PICTURE_SCALE} of its pixel size whatever the columns' widths.
     */
    public void picture(Sheet sheet, byte[] png, int row, int column, int widthPx, int heightPx) {
        place(sheet, png, row, column, widthPx * PICTURE_SCALE, heightPx * PICTURE_SCALE);
    }

    /**
     * Places a PNG at its own aspect ratio, at {@code scale} of the size its header gives (POI's
     * resize() needs the image's fonts and DPI and came out zero wide).
     */
    public void picture(Sheet sheet, byte[] png, int row, int column, double scale) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png, 16, 8);
        int widthPx = header.getInt();
        int heightPx = header.getInt();
        place(sheet, png, row, column, widthPx * scale, heightPx * scale);
    }

    /** Places a PNG {@code width} by {@code height} pixels as the sheet shows it. */
    private void place(Sheet sheet, byte[] png, int row, int column, double width, double height) {
        int index = workbook.addPicture(png, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
        int endColumn = column;
        double left = width;
        while (left > sheet.getColumnWidthInPixels(endColumn)) {
            left -= sheet.getColumnWidthInPixels(endColumn);
            endColumn++;
        }
        double rowPx = sheet.getDefaultRowHeightInPoints() * 96 / 72.0;
        int endRow = row + (int) (height / rowPx);
        double top = height - (endRow - row) * rowPx;
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(row);
        anchor.setCol2(endColumn);
        anchor.setDx2((int) (left * Units.EMU_PER_PIXEL));
        anchor.setRow2(endRow);
        anchor.setDy2((int) (top * Units.EMU_PER_PIXEL));
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        sheet.createDrawingPatriarch().createPicture(anchor, index);
    }

    /** Rows a chart placed at {@link #PICTURE_SCALE} covers. */
    public int pictureRows(Sheet sheet, int heightPx) {
        return (int) Math.ceil(heightPx * PICTURE_SCALE / (sheet.getDefaultRowHeightInPoints() * 96 / 72.0)) + 1;
    }

    /**
     * Data for an analyst on a sheet of its own ({@code name} cut to the 31 characters Excel
     * allows): the column names, then {@code rows} as they come (values: Number, Boolean,
     * LocalDate, LocalDateTime, or text; null leaves the cell empty), with a frozen header and a
     * filter row. Streams, so a large query result does not fill the heap. Returns the rows written.
     */
    public long data(String name, List<String> columns, java.util.Iterator<Object[]> rows) {
        Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.columnName());
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).length() + 2)) * 256);
        }
        long count = 0;
        while (rows.hasNext()) {
            Object[] values = rows.next();
            Row row = sheet.createRow((int) ++count);
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    write(row, c, values[c], true);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count, 1), 0, columns.size() - 1));
        }
        return count;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook beside its place and moves it there: a reader never opens half a file. */
    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Streams with the fastest compression: the file is a little larger, written in half the time. */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        FastZipWorkbook(XSSFWorkbook template, int window) {
            super(template, window);
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            var zip = super.createArchiveOutputStream(stream);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            return zip;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
