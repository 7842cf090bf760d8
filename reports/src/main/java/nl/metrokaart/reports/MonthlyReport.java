package nl.metrokaart.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the board's monthly workbook shows, already computed by the warehouse's marts.
 *
 * @param runs the runs active in the month (first session on or before its last day, last session on or after its first)
 */
public record MonthlyReport(String pps, YearMonth month, List<RunOccupancy> runs, List<SourceFreshness> sources) {

    /** The report date d: the last day of the month. */
    public LocalDate reportDate() {
        return month.atEndOfMonth();
    }
}
