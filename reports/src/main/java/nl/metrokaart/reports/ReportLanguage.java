package nl.metrokaart.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language of a report: Dutch by default, English on request. Every reader-facing string comes from its bundle. */
public enum ReportLanguage {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.forLanguageTag("en-GB"));

    /** The bundle's base name: the one Dutch bundle, with English beside it. */
    public static final String BUNDLE = "nl.metrokaart.reports.messages";

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The bundle of this language: messages.properties is Dutch, messages_en.properties English.
     * No fallback to the JVM's locale, which would give a Dutch report the English texts on a
     * server set to English.
     */
    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {@code arguments} filled in as MessageFormat does. */
    public String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        // Always through MessageFormat, so a bundle writes an apostrophe as '' everywhere.
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text for {@code key} when the bundle has it, else {@code fallback} (a code from the data). */
    public String textOr(String key, String fallback) {
        return bundle().containsKey(key) ? text(key) : fallback;
    }

    /** Parses "nl" or "en" (any case). */
    public static ReportLanguage of(String code) {
        for (ReportLanguage language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown report language '" + code + "' (expected nl or en)");
    }

    /** A month as the reports name it: "oktober 2026", "October 2026". */
    public String monthName(java.time.YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale()) + " " + month.getYear();
    }

    /** A day as the reports name it: "31 oktober 2026". */
    public String day(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }
}
