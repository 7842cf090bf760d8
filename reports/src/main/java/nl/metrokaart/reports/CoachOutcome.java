package nl.metrokaart.reports;

/**
 * Colleagues coached by name, followed to the lijnen (mart {@code coached_colleague_outcome}):
 * how many went on to start in a run, and to earn a badge, after they were first coached, and
 * those as shares of the followed colleagues (from the report model; null without any).
 * Colleagues only counted, not named, cannot be followed.
 */
public record CoachOutcome(long followed, long enrolledAfter, long badgeAfter, Double enrolledAfterShare, Double badgeAfterShare) {

    public static final CoachOutcome NONE = new CoachOutcome(0, 0, 0, null, null);
}
