package nl.metrokaart.reports;

import java.time.LocalDate;

/**
 * One target against its actual on a report date, as the warehouse's model rpt_target_progress
 * computed it (none of this arithmetic is repeated here).
 *
 * @param kpi the key figure, as in metrokaart.yaml (e.g. participants_reached)
 * @param asOf the report date the progress is measured on
 * @param measure count (expected pro rata), share or value (compared as they are)
 * @param lowerIsBetter the target is a ceiling (runs under their minimum, the mean gap)
 * @param people for a count of people the count, for a rate over people how many it is over; null when not about people
 * @param status on_track, attention, behind, not_started or no_data
 */
public record TargetProgress(String kpi, LocalDate asOf, LocalDate from, LocalDate to, double target, String measure,
                             boolean lowerIsBetter, Double actual, Long people, double elapsed, Double expected,
                             Double shareReached, Double projection, String status) {

    /** Whether the figure counts people (its actual is protected like any count of people). */
    boolean countsPeople() {
        return "count".equals(measure) && people != null;
    }

    boolean isShare() {
        return "share".equals(measure);
    }
}
