package nl.metrokaart.reports;

import java.util.List;

/**
 * The monthly report's train-the-trainer figures: reach in the month, the year to date and
 * everything up to the report date; the named colleagues coached up to the report date followed
 * to runs and badges; the coaches trained per track.
 */
public record Coaching(CoachReach month, CoachReach yearToDate, CoachReach toDate, CoachOutcome outcome, List<Track> tracks) {

    /** Coaches trained in one track (a lijn code or the pps's own coach track; null: none named). */
    public record Track(String track, long inMonth, long yearToDate, long toDate) {
    }

    /** A pps without train-the-trainer data: its report has no coaches sheet. */
    public static Coaching none() {
        return new Coaching(CoachReach.NONE, CoachReach.NONE, CoachReach.NONE, CoachOutcome.NONE, List.of());
    }

    public boolean isEmpty() {
        return toDate.coachesToDate() == 0 && toDate.activities() == 0;
    }
}
