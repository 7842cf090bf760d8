package nl.metrokaart.ingest.badges;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import nl.metrokaart.UserInputException;
import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.ingest.FileLoader;
import nl.metrokaart.ingest.FileRejectedException;
import nl.metrokaart.ingest.InputKind;
import nl.metrokaart.privacy.Pseudonyms;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads one badge file, whatever its shape: Open Badges JSON (2.0 assertions and 3.0
 * credentials, told apart per object) or an edubadges CSV export. A badge counts only for a
 * participant known from enrolments: a plain address is pseudonymised and looked up; a hashed
 * one needs the known addresses themselves, decrypted into memory only for a file that has
 * hashed recipients ({@link RecipientMatcher}) and dropped after it.
 */
public class BadgesFileLoader implements FileLoader {

    static final String SQL = "nl/metrokaart/ingest/badges";

    /** Every temp table a badge file passes through; staged ones hold addresses, so none outlives the file. */
    private static final List<String> TEMP_TABLES = List.of("known_email", "staged_badges_raw", "staged_badges", "badge_checked",
            "staged_badges_json", "badge_json_line", "badge_json", "badge_json_recipient",
            "badge_recipient_match", "badge_matchable", "badge_hash", "badge_known");

    private final FileLoader edubadgesCsv;
    private final FileLoader openBadgesJson;
    private final Pseudonyms pseudonyms;
    private final JdbcTemplate jdbc;

    public BadgesFileLoader(FileLoader edubadgesCsv, FileLoader openBadgesJson, Pseudonyms pseudonyms, JdbcTemplate jdbc) {
        this.edubadgesCsv = edubadgesCsv;
        this.openBadgesJson = openBadgesJson;
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
    }

    @Override
    public InputKind kind() {
        return InputKind.BADGES;
    }

    @Override
    public Counts load(DeliveryFile file) {
        FileLoader loader = isJson(file) ? openBadgesJson : edubadgesCsv;
        SqlScript.load(SQL + "/badges-macros.sql").with("pseudonym", pseudonyms.sql("email")).execute(jdbc);
        try {
            return loader.load(file);
        } catch (UserInputException refused) {
            // A refusal quotes the file (a header, a JSON token): keep any address out of refused_file.
            throw new UserInputException(EmailAddresses.blankOut(refused.getMessage()));
        } finally {
            forgetAddressesAndKey();
        }
    }

    /** Neither the addresses (staged or decrypted) nor the macro holding the pseudonym key outlive the file. */
    private void forgetAddressesAndKey() {
        try {
            TEMP_TABLES.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + table));
            jdbc.execute("DROP MACRO IF EXISTS participant_key_of");
        } catch (DataAccessException abortedLoad) {
            // The load failed inside DuckDB: its transaction rolls back, these temp objects with
            // it, and the load's own error is the one to report.
        }
    }

    /** JSON by its first character ({ or [) or, when it is no JSON at all, by its name (so it gets JSON's error message). */
    private static boolean isJson(DeliveryFile file) {
        String name = file.relativeName().toLowerCase(Locale.ROOT);
        int first = firstCharacter(file);
        if (first < 0) {
            throw new FileRejectedException(file.relativeName(), "the file is empty");
        }
        return first == '{' || first == '[' || name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private static int firstCharacter(DeliveryFile file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
            for (int b = in.read(), i = 0; b >= 0; b = in.read(), i++) {
                boolean bom = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
                if (!bom && !Character.isWhitespace(b)) {
                    return b;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }
}
