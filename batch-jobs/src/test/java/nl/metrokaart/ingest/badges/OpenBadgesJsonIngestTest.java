package nl.metrokaart.ingest.badges;

import static nl.metrokaart.ingest.badges.BadgeDelivery.ANNA;
import static nl.metrokaart.ingest.badges.BadgeDelivery.BRAM;
import static nl.metrokaart.ingest.badges.BadgeDelivery.COR;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM101;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM102;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM103;
import static nl.metrokaart.ingest.badges.BadgeDelivery.ob2;
import static nl.metrokaart.ingest.badges.BadgeDelivery.ob3;
import static nl.metrokaart.ingest.badges.BadgeDelivery.pseudonym;
import static nl.metrokaart.ingest.badges.BadgeDelivery.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open Badges JSON through the real ingest job: both versions, every layout, recipients found by their hash. */
class OpenBadgesJsonIngestTest {

    private static final String ROW = "SELECT assertion_id || '|' || module_code || '|' || participant_key || '|' || issued_on || '|' "
            + "|| coalesce(expires_on::VARCHAR, '-') || '|' || revoked || '|' || coalesce(revocation_reason, '-') || '|' "
            + "|| coalesce(acceptance, '-') || '|' || source_format || '|' || source_line FROM badge ORDER BY assertion_id";

    @Test
    void ob2AssertionsAsAnArrayAsJsonLinesAndOneFilePerAssertionFindTheirParticipantAndModule(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        BadgeDelivery.write(delivery, "ob2-array.json", "[",
                ob2("urn:a1", ANNA, "s1", NM101, "2026-03-02T16:00:00+01:00", "") + ",",
                // 23:30 UTC on 31 March is 1 April in Amsterdam (summer time since 29 March)
                ob2("urn:a2", BRAM, "s2", NM101, "2026-03-31T23:30:00Z", ""),
                "]");
        BadgeDelivery.write(delivery, "ob2-lines.jsonl",
                ob2("urn:a3", COR, "s3", NM103, "2026-03-30T11:15:00.250+02:00",
                        ",\"revoked\":true,\"revocationReason\":\"Verkeerde badge, opnieuw uitgegeven\""),
                ob2("urn:a4", ANNA, "s4", NM103, "2026-03-30", ",\"expires\":\"2029-03-30T12:00:00+02:00\""));
        // One assertion per file, pretty-printed, with the BadgeClass embedded and the address in the clear.
        BadgeDelivery.write(delivery, "assertion-a5.json", "{",
                "  \"@context\": \"https://w3id.org/openbadges/v2\",",
                "  \"type\": \"Assertion\",",
                "  \"id\": \"urn:a5\",",
                "  \"recipient\": {\"type\": \"email\", \"hashed\": false, \"identity\": \" Bram.Smit@Example.nl \"},",
                "  \"badge\": {\"id\": \"" + NM102 + "\", \"type\": \"BadgeClass\", \"name\": \"Van storing naar oorzaak\"},",
                "  \"issuedOn\": \"2026-03-16\"",
                "}");
        // Unsalted, upper-case hex, for a module Cor has no enrolment of (found among all known participants).
        BadgeDelivery.write(delivery, "assertion-a6.json", "{\"type\":\"Assertion\",\"id\":\"urn:a6\",\"recipient\":{\"type\":\"email\","
                + "\"hashed\":true,\"identity\":\"sha256$" + sha256(COR).toUpperCase() + "\"},\"badge\":\"" + NM102 + "\",\"issuedOn\":\"2026-03-17\"}");
        BadgeDelivery.write(delivery, "assertion-a7.json", "{\"type\":\"Assertion\",\"id\":\"urn:a7\",\"recipient\":{\"type\":\"email\","
                + "\"hashed\":true,\"salt\":\"pepper\",\"identity\":\"md5$" + BadgeDelivery.md5(ANNA + "pepper") + "\"},"
                + "\"badge\":\"" + NM101 + "\",\"issuedOn\":\"2026-03-05T09:00:00+01:00\"}");
        // OB 1.0: no type, the recipient is the hash itself with the salt beside it, a Unix timestamp.
        BadgeDelivery.write(delivery, "assertion-a8.json", "{\"uid\":\"a8\",\"id\":\"urn:a8\",\"recipient\":\"sha256$" + sha256(BRAM + "ob1")
                + "\",\"salt\":\"ob1\",\"badge\":\"" + NM101 + "\",\"issued_on\":\"1772442000\"}");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("badges/ob2-array.json +badges +read 2  loaded 2  rejected 0")
                .containsPattern("badges/ob2-lines.jsonl +badges +read 2  loaded 2  rejected 0")
                .containsPattern("badges/assertion-a5.json +badges +read 1  loaded 1  rejected 0");
        String anna = pseudonym(temp, ANNA);
        String bram = pseudonym(temp, BRAM);
        String cor = pseudonym(temp, COR);
        assertThat(workspace.strings(ROW)).containsExactly(
                "urn:a1|NM-101|" + anna + "|2026-03-02|-|false|-|-|ob2|2",
                "urn:a2|NM-101|" + bram + "|2026-04-01|-|false|-|-|ob2|3",
                "urn:a3|NM-103|" + cor + "|2026-03-30|-|true|Verkeerde badge, opnieuw uitgegeven|-|ob2|1",
                "urn:a4|NM-103|" + anna + "|2026-03-30|2029-03-30|false|-|-|ob2|2",
                "urn:a5|NM-102|" + bram + "|2026-03-16|-|false|-|-|ob2|1",
                "urn:a6|NM-102|" + cor + "|2026-03-17|-|false|-|-|ob2|1",
                "urn:a7|NM-101|" + anna + "|2026-03-05|-|false|-|-|ob2|1",
                "urn:a8|NM-101|" + bram + "|2026-03-02|-|false|-|-|ob2|1");
        assertThat(workspace.count("SELECT count(*) FROM reject")).isZero();
        WarehouseText.assertNoEmailAddress(workspace);
    }

    @Test
    void ob3CredentialsWithValidFromOrTheOlderIssuanceDateAndEveryWayOfNamingTheRecipient(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        BadgeDelivery.write(delivery, "ob3-credentials.json", "[",
                ob3("urn:uuid:c1", ANNA, "zout1", NM101, "validFrom", "2026-03-02T15:45:00Z", "") + ",",
                ob3("urn:uuid:c2", BRAM, "zout2", NM101, "issuanceDate", "2026-03-31T23:30:00Z",
                        ",\"validUntil\":\"2028-03-31T22:30:00Z\"") + ",",
                // identifier as one object instead of a list, VC 1.1 expirationDate
                "{\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"id\":\"urn:uuid:c3\",\"issuanceDate\":\"2026-03-30\","
                        + "\"expirationDate\":\"2027-03-30\",\"credentialSubject\":{\"identifier\":{\"identityHash\":\"sha256$"
                        + sha256(COR + "zout3") + "\",\"hashed\":true,\"salt\":\"zout3\",\"identityType\":\"emailAddress\"},"
                        + "\"achievement\":{\"id\":\"" + NM103 + "\"}}},",
                // only credentialSubject.id, a mailto: address
                "{\"type\":[\"VerifiableCredential\",\"AchievementCredential\"],\"id\":\"urn:uuid:c4\",\"validFrom\":\"2026-03-16T10:00:00+01:00\","
                        + "\"credentialSubject\":{\"id\":\"mailto:" + ANNA + "\",\"achievement\":{\"id\":\"" + NM102 + "\"}}}",
                "]");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("badges/ob3-credentials.json +badges +read 4  loaded 4  rejected 0");
        String anna = pseudonym(temp, ANNA);
        assertThat(workspace.strings(ROW)).containsExactly(
                "urn:uuid:c1|NM-101|" + anna + "|2026-03-02|-|false|-|-|ob3|2",
                "urn:uuid:c2|NM-101|" + pseudonym(temp, BRAM) + "|2026-04-01|2028-04-01|false|-|-|ob3|3",
                "urn:uuid:c3|NM-103|" + pseudonym(temp, COR) + "|2026-03-30|2027-03-30|false|-|-|ob3|4",
                "urn:uuid:c4|NM-102|" + anna + "|2026-03-16|-|false|-|-|ob3|5");
    }
}
