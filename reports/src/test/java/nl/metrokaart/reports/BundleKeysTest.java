package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every language has every text: a key added to one bundle and forgotten in the other fails here, not in a report. */
class BundleKeysTest {

    @Test
    void theDutchAndEnglishBundlesHoldTheSameKeys() {
        assertThat(keys(ReportLanguage.EN)).as("keys of messages_en.properties against messages.properties (Dutch)")
                .containsExactlyInAnyOrderElementsOf(keys(ReportLanguage.NL));
        assertThat(keys(ReportLanguage.NL)).hasSizeGreaterThan(100);
    }

    @Test
    void aDutchReportIsDutchWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(ReportLanguage.NL.text("targets.title")).isEqualTo(dutch("targets.title"));
            assertThat(ReportLanguage.NL.text("targets.title")).isNotEqualTo(ReportLanguage.EN.text("targets.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> keys(ReportLanguage language) {
        return ResourceBundle.getBundle(ReportLanguage.BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
    }

    private static String dutch(String key) {
        return ResourceBundle.getBundle(ReportLanguage.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
