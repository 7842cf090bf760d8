package nl.metrokaart.reports;

/**
 * Colleagues coached by name, followed to the lijnen (mart {@code coached_colleague_outcome}):
 * how many went on to start in a run, and to earn a badge, after they were first coached.
 * Colleagues only counted, not named, cannot be followed.
 */
public record CoachOutcome(long followed, long enrolledAfter, long badgeAfter) {

    public static final CoachOutcome NONE = new CoachOutcome(0, 0, 0);
}
