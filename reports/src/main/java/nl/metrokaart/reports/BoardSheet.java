package nl.metrokaart.reports;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.metrokaart.reports.Figure.Format;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jfree.chart.JFreeChart;

/**
 * The board's one page, first in the monthly workbook and in the PDF board pack: the month's key
 * figures as tiles (with the change since the month before and, when the catalogue sets targets,
 * the status of the year's target), three small charts (runs by band status, conversion of the
 * latest cohorts, participants per month) and the privacy rule. Prints on one A4 page, landscape.
 * Its figures pass the report's privacy rule with every other figure; the PDF shows the same.
 */
final class BoardSheet implements ReportSheet {

    static final int COLUMNS = 10;
    static final int TILES_PER_ROW = 5;
    static final int CHART_WIDTH = 500;
    static final int CHART_HEIGHT = 340;
    static final int MAX_COHORTS = 12;
    private static final int COLUMN_CHARS = 14;

    /** One tile: its label, the month's figure, the change since the month before, and the target's progress if one is set. */
    record Tile(String label, Figure value, Figure change, TargetProgress target, Figure targetActual, Figure targetReached) {
    }

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final Targets targets;
    private final List<Tile> tiles = new ArrayList<>();
    private final ReportTable figures;
    private final Map<BandStatus, Long> bands = new EnumMap<>(BandStatus.class);
    private final List<String> cohortLabels = new ArrayList<>();
    private final List<Figure> cohortRates = new ArrayList<>();
    private final List<YearMonth> trendMonths = new ArrayList<>();
    private final List<Figure> trendParticipants = new ArrayList<>();
    private final List<java.util.concurrent.CompletableFuture<byte[]>> charts = new ArrayList<>();

    BoardSheet(MonthlyReport report, Targets targets, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.targets = targets;
        // Not written as a table: it carries the page's figures through the privacy rule.
        this.figures = new ReportTable("Overzicht").column("figure", 10);
        PeriodKpis m = report.monthKpis();
        PeriodKpis p = report.previousMonthKpis();
        tile("participants_reached", m, p, k -> Figure.people(k.participants()));
        tile("companies_reached", m, p, k -> Figure.count(k.companies()));
        tile("mkb_share", m, p, k -> Figure.value(k.mkbShare(), Format.PERCENT));
        tile("active_runs", m, p, k -> Figure.count(k.activeRuns()));
        tile("runs_under_minimum", m, p, k -> Figure.count(k.runsBelowMinimum()));
        tile("completion_rate", m, p, k -> Figure.rate(k.completionRate(), k.endedParticipants(), Format.PERCENT,
                Figure.people(k.completed()), Figure.people(k.endedParticipants())));
        tile("badges_issued", m, p, k -> Figure.people(k.badgesIssued()));
        tile("certificates_earned", m, p, k -> Figure.people(k.certificatesEarned()));
        tile("conversions", m, p, k -> Figure.people(k.converted()));
        tile("conversion_rate", m, p, k -> Figure.rate(k.conversionRate(), k.cohortSize(), Format.PERCENT).provisional(k.anyWindowOpen()));

        for (BandStatus status : BandStatus.values()) {
            bands.put(status, report.runs().stream().filter(r -> r.bandStatus() == status).count());
        }
        List<CohortConversion> latest = report.conversion().stream()
                .sorted(java.util.Comparator.comparing(CohortConversion::lastSession, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).reversed())
                .limit(MAX_COHORTS)
                .sorted(java.util.Comparator.comparing(CohortConversion::lastSession, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                        .thenComparing(CohortConversion::runCode))
                .toList();
        for (CohortConversion c : latest) {
            Figure rate = Figure.rate(c.conversionRate(), c.cohortSize(), Format.PERCENT, Figure.people(c.converted()),
                    Figure.people(c.cohortSize())).provisional(c.windowOpen());
            cohortLabels.add(c.runCode());
            cohortRates.add(rate);
            figures.row(rate);
        }
        for (int i = 11; i >= 0; i--) {
            YearMonth month = report.month().minusMonths(i);
            long participants = report.trend().stream().filter(r -> r.month().equals(month)).mapToLong(LijnMonth::participants).sum();
            Figure figure = Figure.people(participants);
            trendMonths.add(month);
            trendParticipants.add(figure);
            figures.row(figure);
        }
    }

    private void tile(String kpi, PeriodKpis month, PeriodKpis previous, Function<PeriodKpis, Figure> figure) {
        Figure value = figure.apply(month);
        Figure before = figure.apply(previous);
        Format format = switch (value.format()) {
            case PERCENT -> Format.PERCENT_POINTS;
            case DECIMAL2 -> Format.SIGNED_DECIMAL2;
            default -> Format.SIGNED_INTEGER;
        };
        Figure change = Figure.change(value, before, format);
        TargetProgress target = targetOf(kpi);
        Figure actual = target == null ? null : TargetFigures.actual(target);
        Figure reached = target == null ? null : TargetFigures.reached(target, actual);
        tiles.add(new Tile(language.text("board.tile." + kpi), value, change, target, actual, reached));
        figures.row(value).row(change);
        if (target != null) {
            figures.row(actual).row(reached);
        }
    }

    /** The target of a figure on the report date: the one whose period holds it, else the latest that overlaps the year. */
    private TargetProgress targetOf(String kpi) {
        TargetProgress found = null;
        for (TargetProgress t : targets.rows()) {
            if (t.kpi().equals(kpi)) {
                if (!t.from().isAfter(report.reportDate()) && !t.to().isBefore(report.reportDate())) {
                    return t;
                }
                found = t;
            }
        }
        return found;
    }

    List<Tile> tiles() {
        return tiles;
    }

    String title() {
        return language.text("board.title", MonthlyWorkbook.monthName(report.month(), language));
    }

    String subtitle() {
        return language.text("board.subtitle", report.pps(), MonthlyWorkbook.day(report.reportDate(), language));
    }

    String changeLabel() {
        return language.text("board.change", report.month().minusMonths(1).getMonth().getDisplayName(TextStyle.FULL, language.locale()));
    }

    /** The tile's target line, e.g. "Doel 2026: 87% bereikt · op koers"; empty without a target. */
    String targetLine(Tile tile, FigureText text) {
        if (tile.target() == null) {
            return "";
        }
        return language.text("board.target", TargetFigures.period(tile.target(), language), text.format(tile.targetReached()),
                TargetFigures.status(tile.target(), tile.targetActual(), language));
    }

    String statusOf(Tile tile) {
        return tile.target() == null ? null : tile.targetActual().isHidden() ? "hidden" : tile.target().status();
    }

    String privacyRule() {
        return language.text("board.privacy", report.minGroupSize(), language.text("suppressed.small", report.minGroupSize()),
                language.text("suppressed.base"), language.text("suppressed.other"));
    }

    String targetRule() {
        return targets.any() ? language.text("targets.rule", TargetsSheet.percent(targets.attentionBelow()),
                TargetsSheet.percent(targets.behindBelow())) : null;
    }

    /** The page's three charts, drawn for the workbook (PNG) and the PDF (vector). */
    List<JFreeChart> charts(Function<Figure, String> mark) {
        return List.of(
                BoardCharts.bands(bands, language.text("board.chart.bands", MonthlyWorkbook.monthName(report.month(), language)), language),
                BoardCharts.cohorts(cohortLabels, cohortRates, language.text("board.chart.conversion"), mark, language),
                BoardCharts.trend(trendMonths, trendParticipants, language.text("board.chart.trend"), language));
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(figures);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        for (int i = 0; i < 3; i++) {
            int index = i;
            charts.add(ReportSheet.draw(() -> BoardCharts.png(charts(book::mark).get(index), CHART_WIDTH, CHART_HEIGHT)));
        }
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.board"));
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, COLUMN_CHARS * 256);
        }
        book.title(sheet, title(), subtitle());
        CellStyle label = style(sheet, 10, true, null, true);
        CellStyle small = style(sheet, 9, false, null, false);
        CellStyle hidden = style(sheet, 20, true, null, false);
        Map<String, CellStyle> values = new java.util.HashMap<>();
        Map<String, CellStyle> changes = new java.util.HashMap<>();
        Map<String, CellStyle> statuses = new java.util.HashMap<>();
        FigureText text = new FigureText(language, report.minGroupSize());
        int row = 3;
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
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
                value.setCellStyle(values.computeIfAbsent(tile.value().format() + "/" + tile.value().isProvisional(),
                        k -> style(sheet, 20, true, WorkbookStyles.numberFormat(tile.value().format())
                                + (tile.value().isProvisional() ? "\"*\"" : ""), false)));
            }
            ReportWorkbook.row(sheet, top + 1).setHeightInPoints(28);
            Cell change = ReportWorkbook.row(sheet, top + 2).createCell(column);
            if (tile.change().isHidden()) {
                change.setCellValue(book.mark(tile.change()));
                change.setCellStyle(small);
            } else {
                if (tile.change().value() != null) {
                    change.setCellValue(tile.change().value());
                }
                change.setCellStyle(changes.computeIfAbsent(tile.change().format().name(),
                        k -> style(sheet, 9, false, WorkbookStyles.numberFormat(tile.change().format()), false)));
            }
            cell(sheet, top + 2, column + 1, changeLabel(), small);
            if (tile.target() != null) {
                String status = statusOf(tile);
                CellStyle statusStyle = statuses.computeIfAbsent(status, s -> {
                    CellStyle st = TargetsSheet.statusStyle(sheet, s);
                    st.setFont(font(sheet, 9, false));
                    st.setAlignment(HorizontalAlignment.LEFT);
                    return st;
                });
                cell(sheet, top + 3, column, targetLine(tile, text), statusStyle);
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
        last = book.note(sheet, last, privacyRule(), COLUMNS - 1);
        if (targetRule() != null) {
            last = book.note(sheet, last, targetRule(), COLUMNS - 1);
        }
        // One A4 page, landscape: the print area is the page, scaled to fit one page wide and high.
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.setHorizontallyCenter(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, COLUMNS - 1, 0, last - 1);
        // Its charts are small copies of the theme sheets' charts: not saved again as files.
        return List.of();
    }

    private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
        Cell cell = ReportWorkbook.row(sheet, row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(Sheet sheet, int points, boolean bold, String format, boolean topBorder) {
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setFont(font(sheet, points, bold));
        if (format != null) {
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
        }
        style.setAlignment(HorizontalAlignment.LEFT);
        if (topBorder) {
            style.setBorderTop(BorderStyle.MEDIUM);
        }
        return style;
    }

    private static Font font(Sheet sheet, int points, boolean bold) {
        Font font = sheet.getWorkbook().createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }
}
