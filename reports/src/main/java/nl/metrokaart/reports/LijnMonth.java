package nl.metrokaart.reports;

import java.time.YearMonth;

/** One row of the monthly_occupancy mart: a lijn in a month with at least one active run. */
public record LijnMonth(YearMonth month, String lijnCode, String lijnName, String lijnColour,
                        long activeRuns, long participants, long runsBelowMinimum) {
}
