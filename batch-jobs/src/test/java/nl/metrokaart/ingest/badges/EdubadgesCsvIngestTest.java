package nl.metrokaart.ingest.badges;

import static nl.metrokaart.ingest.badges.BadgeDelivery.ANNA;
import static nl.metrokaart.ingest.badges.BadgeDelivery.BRAM;
import static nl.metrokaart.ingest.badges.BadgeDelivery.COR;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM101;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM103;
import static nl.metrokaart.ingest.badges.BadgeDelivery.pseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edubadges export as a Dutch spreadsheet saves it: the only badge shape that says whether the badge was accepted. */
class EdubadgesCsvIngestTest {

    @Test
    void aDutchEdubadgesExportLoadsWithAcceptanceRevocationAndDuplicateBadgesKept(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        // Excel on Dutch Windows: semicolons, Windows-1252, CRLF, Dutch headers (aliases), Dutch dates.
        Files.write(delivery.resolve("badges").resolve("edubadges-export.csv"), String.join("\r\n",
                "Recipient mailadres;Badgeclass;Uitgegeven op;Acceptatie;Ingetrokken;Reden intrekking;Verloopt op",
                ANNA + ";" + NM101 + ";05-03-2026;Accepted;false;;01-03-2029",
                " " + BRAM.toUpperCase() + " ;" + NM101 + ";2026-03-03;unaccepted;;;",
                COR + ";" + NM103 + ";31-03-2026;Rejected;true;Verkeerde badge, ‘opnieuw’ uitgegeven;",
                // Anna again for NM-101, later: both are kept, the marts take the earliest.
                ANNA + ";" + NM101 + "/;20-03-2026;Accepted;nee;;",
                "", "").getBytes(Charset.forName("windows-1252")));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("badges/edubadges-export.csv +badges +read 4  loaded 4  rejected 0");
        String anna = pseudonym(temp, ANNA);
        assertThat(workspace.strings("SELECT module_code || '|' || participant_key || '|' || issued_on || '|' || coalesce(expires_on::VARCHAR, '-') "
                + "|| '|' || revoked || '|' || coalesce(revocation_reason, '-') || '|' || acceptance || '|' || source_format || '|' || source_line "
                + "FROM badge ORDER BY source_line"))
                .containsExactly(
                        "NM-101|" + anna + "|2026-03-05|2029-03-01|false|-|Accepted|edubadges|2",
                        "NM-101|" + pseudonym(temp, BRAM) + "|2026-03-03|-|false|-|Unaccepted|edubadges|3",
                        "NM-103|" + pseudonym(temp, COR) + "|2026-03-31|-|true|Verkeerde badge, ‘opnieuw’ uitgegeven|Rejected|edubadges|4",
                        "NM-101|" + anna + "|2026-03-20|-|false|-|Accepted|edubadges|5");
        // Without an id in the export, each badge gets a key of its own from what it says.
        assertThat(workspace.count("SELECT count(DISTINCT assertion_id) FROM badge WHERE assertion_id LIKE 'edubadges:%'")).isEqualTo(4);
        WarehouseText.assertNoEmailAddress(workspace);
    }
}
