package nl.metrokaart.reports.board;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.FigureText;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.TargetFigures;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.map.MetrokaartMap;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * The board pack as PDF (A4 landscape, text selectable): the board page, plan against actual
 * when the catalogue sets targets, then the occupancy, skills heat map and conversion charts of
 * the workbook and the month's metrokaart; the funder's pack likewise from its overview page.
 * Every figure is the workbook's own {@link Figure}, after the same privacy rule, written as the
 * workbook writes it (a hidden figure as its mark). Every chart is drawn again as
 * vector graphics (PDFBox-Graphics2D) from the JFreeChart the workbook's image was made of.
 * The font (DejaVu Sans) ships with the application, so any machine writes the same PDF.
 */
public final class BoardPack {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LINE = new Color(0xCC, 0xCC, 0xCC);

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final ReportLanguage language;
    private final FigureText text;

    private BoardPack(PDDocument document, ReportLanguage language, int minGroupSize) throws IOException {
        this.document = document;
        this.regular = font(document, "/nl/metrokaart/reports/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/nl/metrokaart/reports/fonts/DejaVuSans-Bold.ttf");
        this.language = language;
        this.text = new FigureText(language, minGroupSize);
    }

    /** The monthly board pack, from the sheets just written (after privacy) and their chart images. */
    public static Path monthly(BoardSheet board, List<ReportSheet> sheets, List<ReportSheet.Chart> charts, ReportLanguage language,
                        int minGroupSize, Path file) {
        try (PDDocument document = new PDDocument()) {
            BoardPack pack = new BoardPack(document, language, minGroupSize);
            document.getDocumentInformation().setTitle(board.title());
            pack.boardPage(board);
            for (ReportSheet sheet : sheets) {
                if (sheet instanceof TargetsSheet targets) {
                    pack.tablePage(language.text("targets.title"), targets.subtitle(), targets.rule(), targets.table(), targets.statuses());
                }
            }
            String[][] themes = {{"file.chart.occupancy", "sheet.occupancy"}, {"file.chart.skills", "sheet.skills"},
                    {"file.chart.conversion", "sheet.conversion"}};
            for (String[] theme : themes) {
                for (ReportSheet.Chart chart : charts) {
                    if (chart.fileSuffix().equals(language.text(theme[0]))) {
                        pack.chartPage(language.text(theme[1]), board.subtitle(), chart.png());
                    }
                }
            }
            for (ReportSheet sheet : sheets) {
                if (sheet instanceof MetrokaartPage map) {
                    pack.mapPage(map);
                }
            }
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the board pack " + file, e);
        }
    }

    /**
     * The funder's pack: the overview page, plan against actual per quarter when the catalogue sets
     * targets, then every chart of the impact workbook.
     */
    public static Path impact(OverviewPage overview, String title, String pps, List<ReportSheet> sheets, List<ReportSheet.Chart> charts,
                       ReportLanguage language, int minGroupSize, Path file) {
        try (PDDocument document = new PDDocument()) {
            BoardPack pack = new BoardPack(document, language, minGroupSize);
            document.getDocumentInformation().setTitle(title);
            pack.boardPage(overview);
            for (ReportSheet sheet : sheets) {
                if (sheet instanceof TargetsSheet targets) {
                    pack.tablePage(title + " \u00b7 " + language.text("targets.title"), pps + " \u00b7 " + targets.subtitle(),
                            targets.rule(), targets.table(), targets.statuses());
                }
            }
            for (ReportSheet.Chart chart : charts) {
                pack.chartPage(title, pps, chart.png());
            }
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pack " + file, e);
        }
    }

    public static Path save(PDDocument document, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        document.save(partial.toFile());
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = BoardPack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the application");
            }
            return PDType0Font.load(document, in);
        }
    }

    private void boardPage(OverviewPage board) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float top = PAGE.getHeight() - MARGIN;
            write(out, bold, 18, Color.BLACK, MARGIN, top - 14, board.title());
            write(out, regular, 10, GREY, MARGIN, top - 32, board.subtitle());
            float gap = 10;
            float width = (PAGE.getWidth() - 2 * MARGIN - (OverviewSheets.TILES_PER_ROW - 1) * gap) / OverviewSheets.TILES_PER_ROW;
            float height = 78;
            List<OverviewPage.Tile> tiles = board.tiles();
            for (int i = 0; i < tiles.size(); i++) {
                OverviewPage.Tile tile = tiles.get(i);
                float x = MARGIN + (i % OverviewSheets.TILES_PER_ROW) * (width + gap);
                float y = top - 50 - (i / OverviewSheets.TILES_PER_ROW + 1) * (height + gap);
                out.setStrokingColor(LINE);
                out.setLineWidth(0.8f);
                out.addRect(x, y, width, height);
                out.stroke();
                write(out, regular, 8.5f, GREY, x + 6, y + height - 13, fit(tile.label(), regular, 8.5f, width - 12));
                write(out, bold, 20, Color.BLACK, x + 6, y + height - 38, text.format(tile.value()));
                String change = tile.change() == null ? "" : text.format(tile.change());
                write(out, regular, 7.5f, GREY, x + 6, y + height - 52, change.isEmpty() ? "" : change + " " + board.changeLabel());
                String line = board.targetLine(tile, text);
                if (!line.isEmpty()) {
                    Color colour = TargetFigures.colour(board.statusOf(tile));
                    out.setNonStrokingColor(colour);
                    out.addRect(x, y, 4, 20);
                    out.fill();
                    write(out, regular, 7f, Color.BLACK, x + 8, y + 7, fit(line, regular, 7f, width - 10));
                }
            }
            float chartTop = top - 50 - 2 * (height + gap) - 8;
            float chartWidth = (PAGE.getWidth() - 2 * MARGIN - 2 * gap) / 3;
            float chartHeight = chartWidth * OverviewSheets.CHART_HEIGHT / OverviewSheets.CHART_WIDTH;
            List<JFreeChart> charts = board.charts(text::format);
            for (int i = 0; i < charts.size(); i++) {
                vector(out, charts.get(i), MARGIN + i * (chartWidth + gap), chartTop - chartHeight, chartWidth, chartHeight);
            }
            float y = chartTop - chartHeight - 14;
            y = paragraph(out, board.privacyRule(), 7.5f, y);
            if (board.targetRule() != null) {
                paragraph(out, board.targetRule(), 7.5f, y - 2);
            }
        }
    }

    /** A table of a sheet after privacy: its headers, then its cells as the workbook shows them. */
    private void tablePage(String title, String subtitle, String rule, ReportTable table, List<String> statuses) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float top = PAGE.getHeight() - MARGIN;
            write(out, bold, 16, Color.BLACK, MARGIN, top - 14, title);
            write(out, regular, 10, GREY, MARGIN, top - 30, subtitle);
            float y = paragraph(out, rule, 7.5f, top - 46) - 10;
            List<Integer> widths = table.widths();
            float total = widths.stream().mapToInt(Integer::intValue).sum();
            float usable = PAGE.getWidth() - 2 * MARGIN;
            float[] x = new float[widths.size() + 1];
            x[0] = MARGIN;
            for (int c = 0; c < widths.size(); c++) {
                x[c + 1] = x[c] + usable * widths.get(c) / total;
            }
            float size = 8;
            // headers on up to two lines, as the workbook wraps them
            int headerLines = 1;
            for (int c = 0; c < widths.size(); c++) {
                List<String> lines = wrap(table.headers().get(c), bold, size, x[c + 1] - x[c] - 4);
                for (int l = 0; l < Math.min(2, lines.size()); l++) {
                    String line = l == 1 && lines.size() > 2 ? String.join(" ", lines.subList(1, lines.size())) : lines.get(l);
                    write(out, bold, size, Color.BLACK, x[c] + 2, y - l * (size + 2), fit(line, bold, size, x[c + 1] - x[c] - 4));
                }
                headerLines = Math.max(headerLines, Math.min(2, lines.size()));
            }
            y -= 5 + (headerLines - 1) * (size + 2);
            line(out, y);
            int r = 0;
            for (Object[] row : table.rows()) {
                y -= 13;
                if (y < MARGIN) {
                    break;
                }
                for (int c = 0; c < row.length; c++) {
                    String cell = c == row.length - 1 && row[c] == null && r < statuses.size() ? statuses.get(r) : cell(row[c]);
                    write(out, regular, size, Color.BLACK, x[c] + 2, y, fit(cell, regular, size, x[c + 1] - x[c] - 4));
                }
                r++;
                line(out, y - 4);
            }
        }
    }

    /**
     * A chart of the workbook on a page of its own: drawn again as vector graphics from the chart
     * it was made of, or, for an image of unknown origin, the image itself.
     */
    private void chartPage(String title, String subtitle, byte[] png) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        JFreeChart chart = png == null ? null : ChartTheme.drawnAs(png);
        PDImageXObject image = png == null || chart != null ? null : PDImageXObject.createFromByteArray(document, png, title);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float top = PAGE.getHeight() - MARGIN;
            write(out, bold, 16, Color.BLACK, MARGIN, top - 14, title);
            write(out, regular, 10, GREY, MARGIN, top - 30, subtitle);
            float width = PAGE.getWidth() - 2 * MARGIN;
            float height = top - 44 - MARGIN;
            if (chart != null) {
                float scale = Math.min(width / ChartTheme.WIDTH, height / ChartTheme.HEIGHT);
                float w = ChartTheme.WIDTH * scale;
                float h = ChartTheme.HEIGHT * scale;
                vector(out, chart, ChartTheme.WIDTH, ChartTheme.HEIGHT, MARGIN + (width - w) / 2, MARGIN + (height - h) / 2, w, h);
                return;
            }
            if (image == null) {
                return;
            }
            float scale = Math.min(width / image.getWidth(), height / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            out.drawImage(image, MARGIN + (width - w) / 2, MARGIN + (height - h) / 2, w, h);
        }
    }

    /**
     * The metrokaart on a page of its own, as vector graphics with selectable text: the page's title
     * and the period as the picture says them, then the picture below its own header.
     */
    private void mapPage(MetrokaartPage map) throws IOException {
        MetrokaartPicture picture = map.shown();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        MetrokaartMap.Layout layout = MetrokaartMap.Layout.of(picture);
        int pixelsWide = layout.width();
        int pixelsHigh = layout.height() - MetrokaartMap.HEADER;
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, pixelsWide, pixelsHigh);
        try (PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            // The picture's own font, so that its codes, titles and numbers are text in the PDF too.
            fonts.registerFont("DejaVu Sans", regular);
            fonts.registerFont("DejaVu Sans Bold", bold);
            graphics.setFontTextDrawer(fonts);
            MetrokaartMap.drawBelowHeader(graphics, picture, language, map.countText(text));
            graphics.dispose();
        }
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float top = PAGE.getHeight() - MARGIN;
            String title = picture.pps() == null || picture.pps().isBlank() ? language.text("map.title.plain")
                    : language.text("map.title", picture.pps());
            write(out, bold, 16, Color.BLACK, MARGIN, top - 14, title);
            write(out, regular, 10, GREY, MARGIN, top - 30,
                    language.text("map.subtitle", MetrokaartMap.period(picture.from(), picture.to(), language)));
            float width = PAGE.getWidth() - 2 * MARGIN;
            String note = language.text("board.map.note", map.minGroupSize());
            float noteTop = MARGIN + wrap(note, regular, 7.5f, width).size() * 7.5f * 1.35f;
            float height = top - 44 - noteTop - 6;
            float scale = Math.min(width / pixelsWide, height / pixelsHigh);
            float w = pixelsWide * scale;
            float h = pixelsHigh * scale;
            out.saveGraphicsState();
            Matrix matrix = Matrix.getTranslateInstance(MARGIN + (width - w) / 2, noteTop + 6 + (height - h) / 2);
            matrix.scale(scale, scale);
            out.transform(matrix);
            out.drawForm(graphics.getXFormObject());
            out.restoreGraphicsState();
            paragraph(out, note, 7.5f, noteTop - 7.5f);
        }
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Figure figure) {
            return text.format(figure);
        }
        if (value instanceof LocalDate date) {
            return language.day(date);
        }
        if (value instanceof ReportTable.Styled styled) {
            return styled.text();
        }
        return value.toString();
    }

    private void vector(PDPageContentStream out, JFreeChart chart, float x, float y, float width, float height) throws IOException {
        vector(out, chart, OverviewSheets.CHART_WIDTH, OverviewSheets.CHART_HEIGHT, x, y, width, height);
    }

    /**
     * Draws a chart as vector graphics into the rectangle (x, y, width, height) of the page, in
     * points: laid out at its PNG's size in pixels and scaled, so its fonts keep their proportions.
     */
    private void vector(PDPageContentStream out, JFreeChart chart, int pixelsWide, int pixelsHigh, float x, float y, float width,
                        float height) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, pixelsWide, pixelsHigh);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, pixelsWide, pixelsHigh));
        graphics.dispose();
        PDFormXObject form = graphics.getXFormObject();
        out.saveGraphicsState();
        Matrix matrix = Matrix.getTranslateInstance(x, y);
        matrix.scale(width / pixelsWide, height / pixelsHigh);
        out.transform(matrix);
        out.drawForm(form);
        out.restoreGraphicsState();
    }

    private float paragraph(PDPageContentStream out, String paragraph, float size, float y) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        for (String line : wrap(paragraph, regular, size, width)) {
            write(out, regular, size, GREY, MARGIN, y, line);
            y -= size * 1.35f;
        }
        return y;
    }

    private void line(PDPageContentStream out, float y) throws IOException {
        out.setStrokingColor(LINE);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y);
        out.lineTo(PAGE.getWidth() - MARGIN, y);
        out.stroke();
    }

    private static void write(PDPageContentStream out, PDType0Font font, float size, Color colour, float x, float y, String text)
            throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(colour);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text, cut with an ellipsis where it would run out of its room. */
    private static String fit(String text, PDType0Font font, float size, float room) throws IOException {
        if (width(text, font, size) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(cut + "\u2026", font, size) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float room) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) > room && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
