package nl.metrokaart.reports;

import java.util.List;

/**
 * One number in a report table, with what privacy needs to know about it: whether it counts
 * people, or is a rate, average or median over people (and over how many), or is made from other
 * figures. {@link Suppression} decides whether it may be shown; a figure hidden on one sheet is
 * hidden on every sheet that shows the same instance.
 */
public final class Figure {

    /** What a figure is, for privacy. */
    public enum Kind {
        /** A count of people (participants, badges and certificates of people). */
        PEOPLE,
        /** A count of things that are not people: runs, companies, modules. Never hidden. */
        COUNT,
        /** A rate, average or median over {@link #base()} people. */
        RATE,
        /** A number not about people (a band, an occupancy rate of places), or one made of other figures (a change). */
        VALUE
    }

    /** How a figure is written: an Excel number format chosen by {@link WorkbookStyles}. */
    public enum Format {
        INTEGER, DECIMAL, DECIMAL2, PERCENT, SIGNED_INTEGER, SIGNED_DECIMAL2, PERCENT_POINTS
    }

    /** Why a figure is hidden, which is also how it is marked. */
    public enum Hidden {
        NONE,
        /** A count of fewer than k people: shown as {@code <k}. */
        SMALL_COUNT,
        /** A rate, average or median over fewer than k people. */
        SMALL_BASE,
        /** Hidden so that a total cannot reveal another hidden count (complementary suppression). */
        COMPLEMENTARY,
        /** Made of a hidden figure (a rate of a hidden count, a change of a hidden number). */
        LINKED
    }

    private final Kind kind;
    private final Double value;
    private final long base;
    private final Format format;
    private final List<Figure> sources;
    private boolean aboutOneCompany;
    private boolean provisional;
    private Hidden hidden = Hidden.NONE;

    private Figure(Kind kind, Number value, long base, Format format, List<Figure> sources) {
        this.kind = kind;
        this.value = value == null ? null : value.doubleValue();
        this.base = base;
        this.format = format;
        this.sources = sources;
    }

    /** A count of people. */
    public static Figure people(Number count) {
        return new Figure(Kind.PEOPLE, count, -1, Format.INTEGER, List.of());
    }

    /** A count of things that are not people. */
    public static Figure count(Number count) {
        return new Figure(Kind.COUNT, count, -1, Format.INTEGER, List.of());
    }

    /**
     * A rate, average or median over {@code base} people; {@code sources} are the counts shown
     * elsewhere that it is made of (its numerator and denominator), so that it hides with them.
     */
    public static Figure rate(Number value, long base, Format format, Figure... sources) {
        return new Figure(Kind.RATE, value, base, format, List.of(sources));
    }

    /** A number that says nothing about people by itself. */
    public static Figure value(Number value, Format format) {
        return new Figure(Kind.VALUE, value, -1, format, List.of());
    }

    /** {@code current - previous}; hidden when either is. Empty when either has no value. */
    public static Figure change(Figure current, Figure previous, Format format) {
        Double difference = current.value == null || previous.value == null ? null : current.value - previous.value;
        return new Figure(Kind.VALUE, difference, -1, format, List.of(current, previous));
    }

    /** A number computed from other figures (a target's share reached, a projection): hidden with any of them. */
    public static Figure derived(Number value, Format format, Figure... sources) {
        return new Figure(Kind.VALUE, value, -1, format, List.of(sources));
    }

    /** Marks a count of people as being about the people of one company: protected in every report. */
    public Figure ofOneCompany() {
        this.aboutOneCompany = true;
        return this;
    }

    /** Marks a figure as provisional (a conversion whose window is still open). */
    public Figure provisional(boolean provisional) {
        this.provisional = provisional;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    /** The value as the mart gave it, hidden or not; null when there is none. */
    public Double value() {
        return value;
    }

    /** For a rate: the number of people it is over. */
    public long base() {
        return base;
    }

    public Format format() {
        return format;
    }

    public List<Figure> sources() {
        return sources;
    }

    public boolean isAboutOneCompany() {
        return aboutOneCompany;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public Hidden hidden() {
        return hidden;
    }

    public boolean isHidden() {
        return hidden != Hidden.NONE;
    }

    /** The value a reader may see: null when hidden or absent. */
    public Double shown() {
        return isHidden() ? null : value;
    }

    public void hide(Hidden why) {
        if (hidden == Hidden.NONE) {
            hidden = why;
        }
    }

    @Override
    public String toString() {
        return kind + "(" + value + (base >= 0 ? " over " + base : "") + (isHidden() ? ", " + hidden : "") + ")";
    }
}
