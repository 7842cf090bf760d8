package nl.metrokaart.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language of a report: Dutch by default, English on request. Every reader-facing string comes from its bundle. */
public enum ReportLanguage {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code arguments} filled in as MessageFormat does. */
    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("nl.metrokaart.reports.messages", locale).getString(key);
        // Always through MessageFormat, so a bundle writes an apostrophe as '' everywhere.
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text for {@code key} when the bundle has it, else {@code fallback} (a code from the data). */
    public String textOr(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.metrokaart.reports.messages", locale);
        return bundle.containsKey(key) ? text(key) : fallback;
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
}
