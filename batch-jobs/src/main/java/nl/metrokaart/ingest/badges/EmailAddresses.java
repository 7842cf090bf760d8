package nl.metrokaart.ingest.badges;

import java.util.regex.Pattern;

/**
 * Keeps e-mail addresses out of text that is stored (reasons of refused files). The same
 * pattern as the SQL macro {@code without_email} in badges-macros.sql.
 */
final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s\"'<>(),;:\\[\\]{}]+@[^\\s\"'<>(),;:\\[\\]{}]+\\.[A-Za-z]{2,}");

    private EmailAddresses() {
    }

    static String blankOut(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("(an e-mail address)");
    }
}
