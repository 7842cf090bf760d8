package nl.metrokaart.reports;

import nl.metrokaart.reports.Figure.Format;

/**
 * A target's numbers as figures for the privacy rule: the actual is a count of people, a rate over
 * people, or a number about no one; what is computed from it (share reached, projection) hides
 * with it. The target and what was expected are the pps's own plan, not about anyone.
 */
public final class TargetFigures {

    private TargetFigures() {
    }

    public static Format format(TargetProgress t) {
        return switch (t.measure()) {
            case "share" -> Format.PERCENT;
            case "value" -> Format.DECIMAL2;
            default -> Format.INTEGER;
        };
    }

    public static Figure actual(TargetProgress t) {
        if ("count".equals(t.measure())) {
            return t.people() != null ? Figure.people(t.actual()) : Figure.count(t.actual());
        }
        return t.people() != null ? Figure.rate(t.actual(), t.people(), format(t)) : Figure.value(t.actual(), format(t));
    }

    public static Figure target(TargetProgress t) {
        return Figure.value(t.target(), format(t));
    }

    public static Figure expected(TargetProgress t) {
        return Figure.value(t.expected(), "count".equals(t.measure()) ? Format.DECIMAL : format(t));
    }

    public static Figure reached(TargetProgress t, Figure actual) {
        return Figure.derived(t.shareReached(), Format.PERCENT, actual);
    }

    public static Figure projection(TargetProgress t, Figure actual) {
        return Figure.derived(t.projection(), "count".equals(t.measure()) ? Format.DECIMAL : format(t), actual);
    }

    /** The status as the reader sees it: hidden (its mark) when the actual it judges is hidden. */
    public static String status(TargetProgress t, Figure actual, ReportLanguage language) {
        return actual.isHidden() ? language.text("suppressed.other") : language.text("target.status." + t.status());
    }

    public static java.awt.Color colour(String status) {
        return switch (status) {
            case "on_track" -> new java.awt.Color(0x4C, 0x9F, 0x70);
            case "attention" -> new java.awt.Color(0xF1, 0x8F, 0x01);
            case "behind" -> new java.awt.Color(0xE4, 0x57, 0x2E);
            default -> new java.awt.Color(0x90, 0x90, 0x90);
        };
    }

    /** The target's period in a table cell: "jaar 2026" (text, never a number stored as text) or its two days. */
    public static String periodCell(TargetProgress t, ReportLanguage language) {
        return isYear(t) ? language.text("targets.year", String.valueOf(t.from().getYear())) : period(t, language);
    }

    private static boolean isYear(TargetProgress t) {
        return t.from().getDayOfYear() == 1 && t.to().equals(t.from().withMonth(12).withDayOfMonth(31));
    }

    /** The target's period in a sentence: "2026", or its two days. */
    public static String period(TargetProgress t, ReportLanguage language) {
        if (isYear(t)) {
            return String.valueOf(t.from().getYear());
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", language.locale());
        return day.format(t.from()) + " \u2013 " + day.format(t.to());
    }
}
