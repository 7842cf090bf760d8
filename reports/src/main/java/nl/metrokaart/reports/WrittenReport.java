package nl.metrokaart.reports;

import java.nio.file.Path;
import java.util.List;

/** Where a report went: the workbook, the chart images written beside it, and the PDF board pack when asked for (else null). */
public record WrittenReport(Path workbook, List<Path> charts, Path pdf) {

    public WrittenReport(Path workbook, List<Path> charts) {
        this(workbook, charts, null);
    }

    public WrittenReport withPdf(Path pdf) {
        return new WrittenReport(workbook, charts, pdf);
    }
}
