package nl.metrokaart.reports;

import java.nio.file.Path;
import java.util.List;

/** Where a report went: the workbook and the chart images written beside it. */
public record WrittenReport(Path workbook, List<Path> charts) {
}
