package nl.metrokaart.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** The window the sample delivery covers: the "exports/2026-10" delivery of the pps. */
final class DeliveryPeriod {

    /** First possible session (a Monday). */
    static final LocalDate FIRST_SESSION = LocalDate.of(2025, 11, 3);
    /** Last possible session: 2026-10 is the latest complete month. */
    static final LocalDate LAST_SESSION = LocalDate.of(2026, 10, 30);
    /** "Data up to": nothing in the delivery (badges, assessments, follow-ups) is dated later, except planned follow-ups. */
    static final LocalDate DATA_UP_TO = LocalDate.of(2026, 10, 31);
    /** Latest run start; runs starting in Sept/Oct 2026 are still in progress. */
    static final LocalDate LAST_RUN_START = LocalDate.of(2026, 10, 16);

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Dutch public holidays (and Christmas/New Year's Eve) in the period: no sessions then. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5),
            LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25));
    private static final LocalDate CHRISTMAS_BREAK_START = LocalDate.of(2025, 12, 22);
    private static final LocalDate CHRISTMAS_BREAK_END = LocalDate.of(2026, 1, 2);

    private DeliveryPeriod() {
    }

    static boolean isSessionDay(LocalDate d) {
        return isWeekday(d) && !HOLIDAYS.contains(d);
    }

    /** No run starts in the Christmas break; a running group may still meet between the holidays. */
    static boolean isStartDay(LocalDate d) {
        return isSessionDay(d) && (d.isBefore(CHRISTMAS_BREAK_START) || d.isAfter(CHRISTMAS_BREAK_END));
    }

    static boolean isWeekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }
}
