package nl.metrokaart.reports.board;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.FigureText;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.TargetFigures;
import nl.metrokaart.reports.TargetProgress;
import nl.metrokaart.reports.WorkbookStyles;
import nl.metrokaart.reports.charts.BoardCharts;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes an {@link OverviewPage} as a workbook's first sheet: the tiles five to a row (label,
 * figure, change, target line), the small charts under them, the privacy rule and the target
 * rule; printed on one A4 page, landscape. The board's and the funder's overview both use it.
 */
public final class OverviewSheets {

    public static final int COLUMNS = 10;
    public static final int TILES_PER_ROW = 5;
    public static final int CHART_WIDTH = 500;
    public static final int CHART_HEIGHT = 340;
    private static final int COLUMN_CHARS = 14;

    private OverviewSheets() {
    }

    /**
     * A tile, its figures added to {@code figures} so that they pass the report's privacy rule with
     * every other figure; with the target's actual and share reached when a target is set.
     */
    public static OverviewPage.Tile tile(String label, Figure value, Figure change, TargetProgress target, ReportTable figures) {
        Figure actual = target == null ? null : TargetFigures.actual(target);
        Figure reached = target == null ? null : TargetFigures.reached(target, actual);
        figures.row(value);
        if (change != null) {
            figures.row(change);
        }
        if (target != null) {
            figures.row(actual).row(reached);
        }
        return new OverviewPage.Tile(label, value, change, target, actual, reached);
    }

    /** Starts drawing the page's charts as PNG once privacy is decided. */
    public static List<CompletableFuture<byte[]>> prepare(ReportWorkbook book, OverviewPage page) {
        int count = page.charts(book::mark).size();
        List<CompletableFuture<byte[]>> charts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            charts.add(ReportSheet.draw(() -> BoardCharts.png(page.charts(book::mark).get(index), CHART_WIDTH, CHART_HEIGHT)));
        }
        return charts;
    }

    public static void write(ReportWorkbook book, OverviewPage page, int minGroupSize, List<CompletableFuture<byte[]>> charts) {
        ReportLanguage language = page.language();
        Sheet sheet = book.sheet(language.text("sheet.board"));
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, COLUMN_CHARS * 256);
        }
        book.title(sheet, page.title(), page.subtitle());
        WorkbookStyles styles = book.styles();
        CellStyle label = styles.tile(10, true, null, true);
        CellStyle small = styles.tile(9, false, null, false);
        CellStyle hidden = styles.tile(20, true, null, false);
        FigureText text = new FigureText(language, minGroupSize);
        int row = 3;
        List<OverviewPage.Tile> tiles = page.tiles();
        for (int i = 0; i < tiles.size(); i++) {
            OverviewPage.Tile tile = tiles.get(i);
            int top = row + (i / TILES_PER_ROW) * 5;
            int column = (i % TILES_PER_ROW) * 2;
            cell(sheet, top, column, tile.label(), label);
            Cell value = ReportWorkbook.row(sheet, top + 1).createCell(column);
            if (tile.value().isHidden()) {
                value.setCellValue(book.mark(tile.value()));
                value.setCellStyle(hidden);
            } else {
                if (tile.value().value() != null) {
                    value.setCellValue(tile.value().value());
                }
                value.setCellStyle(styles.tile(20, true, WorkbookStyles.numberFormat(tile.value().format())
                        + (tile.value().isProvisional() ? "\"*\"" : ""), false));
            }
            ReportWorkbook.row(sheet, top + 1).setHeightInPoints(28);
            if (tile.change() != null) {
                Cell change = ReportWorkbook.row(sheet, top + 2).createCell(column);
                if (tile.change().isHidden()) {
                    change.setCellValue(book.mark(tile.change()));
                    change.setCellStyle(small);
                } else {
                    if (tile.change().value() != null) {
                        change.setCellValue(tile.change().value());
                    }
                    change.setCellStyle(styles.tile(9, false, WorkbookStyles.numberFormat(tile.change().format()), false));
                }
                cell(sheet, top + 2, column + 1, page.changeLabel(), small);
            }
            if (tile.target() != null) {
                String status = page.statusOf(tile);
                CellStyle statusStyle = styles.targetStatus(status, true);
                cell(sheet, top + 3, column, page.targetLine(tile, text), statusStyle);
                ReportWorkbook.row(sheet, top + 3).createCell(column + 1).setCellStyle(statusStyle);
                sheet.addMergedRegion(new CellRangeAddress(top + 3, top + 3, column, column + 1));
            }
            sheet.addMergedRegion(new CellRangeAddress(top, top, column, column + 1));
            sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, column, column + 1));
        }
        int chartRow = row + ((tiles.size() + TILES_PER_ROW - 1) / TILES_PER_ROW) * 5;
        for (int i = 0; i < charts.size(); i++) {
            book.picture(sheet, charts.get(i).join(), chartRow, i * 3, CHART_WIDTH, CHART_HEIGHT);
        }
        int last = chartRow + book.pictureRows(sheet, CHART_HEIGHT) + 1;
        last = book.note(sheet, last, page.privacyRule(), COLUMNS - 1);
        if (page.targetRule() != null) {
            last = book.note(sheet, last, page.targetRule(), COLUMNS - 1);
        }
        // One A4 page, landscape: the print area is the page, scaled to fit one page wide and high.
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.setHorizontallyCenter(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, COLUMNS - 1, 0, last - 1);
    }

    /** The format of a tile's change: points for a percentage, signed otherwise. */
    public static Format changeFormat(Figure value) {
        return switch (value.format()) {
            case PERCENT -> Format.PERCENT_POINTS;
            case DECIMAL2 -> Format.SIGNED_DECIMAL2;
            default -> Format.SIGNED_INTEGER;
        };
    }

    private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
        Cell cell = ReportWorkbook.row(sheet, row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
