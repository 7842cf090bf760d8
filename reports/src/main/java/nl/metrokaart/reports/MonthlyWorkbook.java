package nl.metrokaart.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The board's Maandrapportage: a summary, then one sheet per theme, with its charts also as PNG files. */
public final class MonthlyWorkbook {

    private MonthlyWorkbook() {
    }

    public static WrittenReport write(MonthlyReport report, ReportLanguage language, Path outDir) {
        String base = language.text("file.monthly", report.month().toString());
        Path workbookFile = outDir.resolve(base + ".xlsx");
        Path chartFile = outDir.resolve(base + "-" + language.text("file.chart.occupancy") + ".png");
        byte[] occupancyChart = OccupancyChart.png(report.runs(),
                language.text("chart.occupancy.title", monthName(report.month(), language)), language);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook, language);
            SummarySheet.write(workbook, styles, report, language);
            OccupancySheet.write(workbook, styles, report, language, occupancyChart);
            Files.createDirectories(outDir);
            Files.write(chartFile, occupancyChart);
            // Write beside, then move: a reader never opens half a workbook.
            Path partial = outDir.resolve(base + ".xlsx.part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, workbookFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the monthly report to " + outDir, e);
        }
        return new WrittenReport(workbookFile, List.of(chartFile));
    }

    static String monthName(YearMonth month, ReportLanguage language) {
        return month.getMonth().getDisplayName(TextStyle.FULL, language.locale()) + " " + month.getYear();
    }
}
