package nl.metrokaart.reports;

import java.util.List;

/**
 * The catalogue's targets against their actuals (plan against actual), with the thresholds of
 * the status rule, for the reader. Empty when the catalogue sets no targets: the reports then
 * look as they did without them.
 *
 * @param attentionBelow a figure below this share of what was expected needs attention
 * @param behindBelow a figure below this share of what was expected is behind
 * @param rows per target (and, in the impact report, per quarter end) its progress
 */
public record Targets(double attentionBelow, double behindBelow, List<TargetProgress> rows) {

    public static Targets none() {
        return new Targets(0.9, 0.75, List.of());
    }

    public boolean any() {
        return !rows.isEmpty();
    }

    /**
     * The target of a figure as measured on {@code day}: the one whose period holds the day, else
     * the latest that overlaps the report's period; null without one.
     */
    public TargetProgress on(String kpi, java.time.LocalDate day) {
        TargetProgress found = null;
        for (TargetProgress t : rows) {
            if (t.kpi().equals(kpi) && t.asOf().equals(day)) {
                if (!t.from().isAfter(day) && !t.to().isBefore(day)) {
                    return t;
                }
                found = t;
            }
        }
        return found;
    }
}
