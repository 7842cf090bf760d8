package nl.metrokaart.ingest.badges;

import static nl.metrokaart.ingest.badges.BadgeDelivery.ANNA;
import static nl.metrokaart.ingest.badges.BadgeDelivery.BRAM;
import static nl.metrokaart.ingest.badges.BadgeDelivery.COR;
import static nl.metrokaart.ingest.badges.BadgeDelivery.DIRK;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM101;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM102;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM103;
import static nl.metrokaart.ingest.badges.BadgeDelivery.ob2;
import static nl.metrokaart.ingest.badges.BadgeDelivery.ob3;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Badge files as they go wrong: each problem rejected or refused with its line and a reason; the rest of the delivery loads. */
class BadBadgeInputTest {


    @Test
    void badBadgesAreRejectedWithTheirLineAndReasonAndBadFilesRefusedWhileTheRestLoads(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.9");
        Path delivery = BadgeDelivery.create(temp);
        BadgeDelivery.write(delivery, "assertions.jsonl",
                ob2("urn:ok", ANNA, "s1", NM101, "2026-03-02T10:00:00+01:00", ""),
                ob2("urn:unknown-class", ANNA, "s2", "https://example.org/badges/excel-basis", "2026-03-02", ""),
                ob2("urn:dirk", DIRK, "s3", NM101, "2026-03-02", ""),
                ob2("urn:bad-date", BRAM, "s4", NM101, "2026-02-30T10:00:00Z", ""),
                "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"BadgeClass\",\"id\":\"" + NM102 + "\",\"name\":\"Van storing naar oorzaak\"}",
                ob2("urn:bad-expiry", COR, "s5", NM103, "2026-03-30", ",\"expires\":\"morgen\""),
                ob2("urn:ok", BRAM, "s6", NM101, "2026-03-02", ""),
                "{\"type\":\"Assertion\",\"id\":\"urn:no-date\",\"recipient\":{\"type\":\"email\",\"hashed\":true,\"salt\":\"x\","
                        + "\"identity\":\"sha256$00\"},\"badge\":\"" + NM101 + "\"}",
                "{\"type\":\"Assertion\",\"id\":\"urn:eduid\",\"recipient\":{\"type\":\"id\",\"hashed\":true,\"salt\":\"x\","
                        + "\"identity\":\"sha256$fe7d52dd605264c650461f79e5534b1714a8d13313cffcecce693b165be024d4\"},\"badge\":\"" + NM101
                        + "\",\"issuedOn\":\"2026-03-02\"}");
        BadgeDelivery.write(delivery, "credentials.json", "[",
                ob3("urn:uuid:ok", COR, "z1", NM103, "validFrom", "2026-03-30T12:00:00Z", "") + ",",
                ob3("urn:uuid:no-class", COR, "z2", "", "validFrom", "2026-03-30T12:00:00Z", "") + ",",
                "{\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"id\":\"urn:uuid:did\",\"validFrom\":\"2026-03-30\","
                        + "\"credentialSubject\":{\"id\":\"did:example:ebfeb1f712ebc6f1c276e12ec21\",\"achievement\":{\"id\":\"" + NM103 + "\"}}}",
                "]");
        BadgeDelivery.write(delivery, "edubadges.csv",
                "recipient_email,badgeclass,issued_on,acceptance,revoked,revocation_reason,expires_at",
                ANNA + "," + NM101 + ",02-03-2026,Accepted,false,,",
                DIRK + "," + NM101 + ",02-03-2026,Accepted,false,,",
                BRAM + "," + NM101 + ",2026-03-32,Accepted,false,,",
                COR + "," + NM103 + ",2026-03-30,Misschien,false,,",
                "not-an-address," + NM101 + ",2026-03-30,Accepted,false,,",
                COR + "," + NM103 + ",2026-03-30,Accepted,soms,,");
        // A raw line break inside a text value, as in the published OB 2.0 BadgeClass example.
        BadgeDelivery.write(delivery, "broken.json", "{",
                "  \"type\": \"Assertion\",",
                "  \"id\": \"urn:broken\", \"narrative\": \"first line",
                "second line\"",
                "}");
        BadgeDelivery.write(delivery, "trailing-comma.json", "[", ob2("urn:t1", ANNA, "t", NM101, "2026-03-02", "") + ",", "]");
        BadgeDelivery.write(delivery, "issuer.json", "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Issuer\","
                + "\"id\":\"https://badges.pps-smo.example/issuer\",\"name\":\"PPS\",\"email\":\"info@pps-smo.example\"}");
        // Half a surrogate pair, as JavaScript exporters write it: Jackson takes it, DuckDB refuses it.
        BadgeDelivery.write(delivery, "surrogate.json", ob2("urn:s1", ANNA, "u", NM101, "2026-03-02", ""),
                "{\"type\":\"Assertion\",\"id\":\"urn:s2\",\"name\":\"\\ud83d\"}");
        BadgeDelivery.write(delivery, "api-response.json", "{\"status\":{\"success\":true},\"result\":[" + ob2("urn:r1", ANNA, "r", NM101, "2026-03-02", "") + "]}");
        java.nio.file.Files.writeString(delivery.resolve("badges").resolve("empty-export.json"), "\n");
        BadgeDelivery.write(delivery, "badgeclasses.json", "[",
                "{\"type\":\"BadgeClass\",\"id\":\"" + NM101 + "\"},",
                "{\"type\":\"BadgeClass\",\"id\":\"" + NM102 + "\"}",
                "]");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).doesNotContain("Unexpected error").contains("7 files were refused")
                .contains("badges/broken.json: not valid JSON at line 3: a line break inside a text value (JSON needs it written as \\n)")
                .contains("badges/trailing-comma.json: not valid JSON at line 3: a comma before ']' (a trailing comma, which JSON does not allow)")
                .contains("badges/issuer.json: holds no Open Badges assertion or credential (found an Issuer)")
                .contains("badges/badgeclasses.json: holds no Open Badges assertion or credential (found a BadgeClass)")
                .contains("badges/surrogate.json: not valid JSON at line 2: half a surrogate pair (\\uD83D) in a text value; is an emoji cut in two?")
                .contains("badges/api-response.json: holds no Open Badges assertion or credential (found a response wrapping its list in "
                        + "result; save the list itself (a JSON array of assertions))")
                .contains("badges/empty-export.json: the file is empty");
        assertThat(result.out()).containsPattern("badges/assertions.jsonl +badges +read 9  loaded 1  rejected 8")
                .containsPattern("badges/credentials.json +badges +read 3  loaded 1  rejected 2")
                .containsPattern("badges/edubadges.csv +badges +read 6  loaded 1  rejected 5");
        assertThat(workspace.strings("SELECT file_name || ' ' || line || ' ' || column_name || ' [' || coalesce(value, '') || ']: ' || reason "
                + "FROM reject ORDER BY file_name, line")).containsExactly(
                "badges/assertions.jsonl 2 badge [https://example.org/badges/excel-basis]: "
                        + "badge class https://example.org/badges/excel-basis is not the badge of any module in metrokaart.yaml",
                "badges/assertions.jsonl 3 recipient []: recipient matches no participant known from enrolments",
                "badges/assertions.jsonl 4 issuedOn [2026-02-30T10:00:00Z]: issuedOn 2026-02-30T10:00:00Z is not a date "
                        + "(expected an ISO date-time such as 2026-03-31T10:00:00+02:00, or jjjj-mm-dd)",
                "badges/assertions.jsonl 5 type []: not an Open Badges assertion or credential (found a BadgeClass)",
                "badges/assertions.jsonl 6 expires [morgen]: expires morgen is not a date "
                        + "(expected an ISO date-time such as 2026-03-31T10:00:00+02:00, or jjjj-mm-dd)",
                "badges/assertions.jsonl 7 id [urn:ok]: assertion id urn:ok already appears on line 1 of this file",
                "badges/assertions.jsonl 8 issuedOn []: the assertion has no issuedOn; every badge needs the date it was issued",
                "badges/assertions.jsonl 9 recipient []: recipient matches no participant known from enrolments "
                        + "(it is identified by id: only e-mail addresses can be matched)",
                "badges/credentials.json 3 credentialSubject.achievement.id []: "
                        + "credentialSubject.achievement.id is empty; every credential needs the badge class it was issued for",
                "badges/credentials.json 4 credentialSubject []: the recipient is identified by did, "
                        + "not by an e-mail address or its hash, so it cannot be matched to a participant",
                "badges/edubadges.csv 3 recipient_email []: recipient matches no participant known from enrolments",
                "badges/edubadges.csv 4 issued_on [2026-03-32]: issued_on 2026-03-32 is not a date (expected dd-mm-jjjj or jjjj-mm-dd)",
                "badges/edubadges.csv 5 acceptance [Misschien]: acceptance Misschien is not one of Accepted, Unaccepted, Rejected",
                "badges/edubadges.csv 6 recipient_email []: recipient_email is not an e-mail address (the value is left out here for privacy)",
                "badges/edubadges.csv 7 revoked [soms]: revoked soms is neither true nor false");
        // The rest of the delivery, and the good badges, loaded.
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(7);
        assertThat(workspace.strings("SELECT assertion_id FROM badge WHERE source_format <> 'edubadges' ORDER BY 1"))
                .containsExactly("urn:ok", "urn:uuid:ok");
        assertThat(workspace.strings("SELECT file_name FROM refused_file ORDER BY 1")).containsExactly("badges/api-response.json",
                "badges/badgeclasses.json", "badges/broken.json", "badges/empty-export.json", "badges/issuer.json", "badges/surrogate.json",
                "badges/trailing-comma.json");
        WarehouseText.assertNoEmailAddress(workspace);
    }

    @Test
    void aBadgeFileOfMostlyUnknownRecipientsIsRefusedAsAWhole(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        BadgeDelivery.write(delivery, "other-pps.json",
                ob2("urn:x1", DIRK, "a", NM101, "2026-03-02", ""),
                ob2("urn:x2", "someone@elsewhere.example", "b", NM101, "2026-03-02", ""),
                ob2("urn:x3", ANNA, "c", NM101, "2026-03-02", ""));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("badges/other-pps.json: 2 of 3 rows (67 %) were rejected, more than the 10 % allowed")
                .contains("line 1 (recipient): recipient matches no participant known from enrolments");
        assertThat(workspace.count("SELECT count(*) FROM badge")).isZero();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(7);
    }
}
