package nl.metrokaart.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every report does with its sheets: decide privacy over all of them, write them, save the workbook and its charts. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void protect(List<ReportSheet> sheets, Suppression suppression) {
        List<Figure> figures = new ArrayList<>();
        List<Suppression.Line> lines = new ArrayList<>();
        for (ReportSheet sheet : sheets) {
            for (ReportTable table : sheet.tables()) {
                figures.addAll(table.figures());
                lines.addAll(table.lines());
            }
        }
        suppression.apply(figures, lines);
    }

    public static WrittenReport write(List<ReportSheet> sheets, ReportLanguage language, int minGroupSize, Path outDir, String base) {
        return write(sheets, language, minGroupSize, outDir, base, new ArrayList<>());
    }

    /** The same, handing the charts the sheets placed to {@code charts} (for the PDF board pack). */
    public static WrittenReport write(List<ReportSheet> sheets, ReportLanguage language, int minGroupSize, Path outDir, String base,
                               List<ReportSheet.Chart> charts) {
        List<Path> chartFiles = new ArrayList<>();
        try (ReportWorkbook book = new ReportWorkbook(language, minGroupSize)) {
            sheets.forEach(sheet -> sheet.prepare(book));
            for (ReportSheet sheet : sheets) {
                charts.addAll(sheet.write(book));
            }
            Files.createDirectories(outDir);
            for (ReportSheet.Chart chart : charts) {
                Path file = outDir.resolve(base + "-" + chart.fileSuffix() + ".png");
                Files.write(file, chart.png());
                chartFiles.add(file);
            }
            Path workbook = outDir.resolve(base + ".xlsx");
            book.save(workbook);
            return new WrittenReport(workbook, chartFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir, e);
        }
    }
}
