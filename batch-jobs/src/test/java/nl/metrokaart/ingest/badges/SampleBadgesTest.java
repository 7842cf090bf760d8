package nl.metrokaart.ingest.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The sample delivery's badges, all three shapes, checked against the files themselves. */
class SampleBadgesTest {

    private static final Path BADGES = Workspace.SAMPLE_DELIVERY.resolve("badges");

    @Test
    void everySampleBadgeLoadsForTheParticipantWhoseAddressItsHashHides(@TempDir Path temp) throws Exception {
        Workspace workspace = LoadedWarehouse.sample(temp);

        Result result = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("badges/edubadges.csv +badges +read 519  loaded 519  rejected 0")
                .containsPattern("badges/ob2-assertions.json +badges +read 486  loaded 486  rejected 0")
                .containsPattern("badges/ob3-credentials.json +badges +read 69  loaded 69  rejected 0");
        assertThat(workspace.count("SELECT sum(rows_read) FROM ingested_file WHERE kind = 'badges'")).isEqualTo(1074);
        assertThat(workspace.count("SELECT sum(rows_loaded) + sum(rows_rejected) FROM ingested_file WHERE kind = 'badges'")).isEqualTo(1074);
        assertThat(workspace.count("SELECT count(*) FROM reject WHERE file_name LIKE 'badges/%'")).isZero();
        assertThat(workspace.strings("SELECT source_format || ' ' || count(*) || ' revoked ' || count(*) FILTER (WHERE revoked) "
                + "|| ' expiring ' || count(expires_on) FROM badge GROUP BY source_format ORDER BY source_format"))
                .containsExactly("edubadges 519 revoked 7 expiring 69", "ob2 486 revoked 8 expiring 64", "ob3 69 revoked 0 expiring 0");
        assertThat(workspace.strings("SELECT coalesce(acceptance, '-') || ' ' || count(*) FROM badge GROUP BY acceptance ORDER BY 1"))
                .containsExactly("- 555", "Accepted 425", "Rejected 28", "Unaccepted 66");
        // Re-issued badges (a second badge for the same module) are kept: the marts take the earliest.
        assertThat(workspace.count("SELECT count(*) FROM (SELECT participant_key, module_code FROM badge GROUP BY ALL HAVING count(*) > 1)"))
                .isEqualTo(5);
        // Every badge went to someone present at the module: the generator issues only those.
        assertThat(workspace.count("SELECT count(*) FROM badge b WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_key = "
                + "b.participant_key AND e.module_code = b.module_code AND e.attendance IN ('aanwezig', 'te laat'))")).isZero();

        Map<String, String> loaded = new HashMap<>();
        workspace.strings("SELECT assertion_id || ' ' || participant_key || ' ' || issued_on || ' ' || source_line FROM badge "
                + "WHERE source_format <> 'edubadges'").forEach(r -> loaded.put(r.split(" ")[0], r.substring(r.indexOf(' ') + 1)));
        List<String> expected = expectedJsonBadges(temp);
        assertThat(expected).hasSize(486 + 69);
        for (String badge : expected) {
            String id = badge.split(" ")[0];
            assertThat(id + " " + loaded.get(id)).isEqualTo(badge);
        }
        WarehouseText.assertNoEmailAddress(workspace);
    }

    /**
     * Each JSON badge as "id participant_key issued_on line", worked out here from the files: the
     * enrolled address whose salted sha256 is the badge's identity, its pseudonym, and the date
     * of issuedOn/validFrom/issuanceDate in Amsterdam.
     */
    private static List<String> expectedJsonBadges(Path temp) throws Exception {
        List<String> emails = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT lower(trim(participant_email)) FROM read_csv('"
                     + Workspace.SAMPLE_DELIVERY.resolve("enrolments.csv") + "', all_varchar = true)")) {
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String> expected = new ArrayList<>();
        for (String file : List.of("ob2-assertions.json", "ob3-credentials.json")) {
            List<String> lines = Files.readAllLines(BADGES.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode badge = json.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
                JsonNode recipient = badge.has("recipient") ? badge.get("recipient") : badge.get("credentialSubject").get("identifier").get(0);
                String identity = (recipient.has("identity") ? recipient.get("identity") : recipient.get("identityHash")).asString();
                String salt = recipient.get("salt").asString();
                String date = (badge.has("issuedOn") ? badge.get("issuedOn") : badge.has("validFrom") ? badge.get("validFrom") : badge.get("issuanceDate"))
                        .asString();
                List<String> owners = new ArrayList<>();
                for (String email : emails) {
                    if (("sha256$" + BadgeDelivery.sha256(email + salt)).equals(identity)) {
                        owners.add(email);
                    }
                }
                assertThat(owners).as(badge.get("id").asString()).hasSize(1);
                expected.add(badge.get("id").asString() + " " + BadgeDelivery.pseudonym(temp, owners.get(0)) + " "
                        + OffsetDateTime.parse(date).atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate() + " " + (i + 1));
            }
        }
        return expected;
    }
}
