package nl.metrokaart.ingest.badges;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;

/**
 * A small delivery to put badge files in: the sample catalogue and an enrolments.csv with three
 * known participants in run ROOD-2026-03 (NM-101 on 2 March, NM-102 on 16 March, NM-103 on
 * 30 March 2026). Dirk is in no enrolment, so a badge for him matches nobody.
 */
final class BadgeDelivery {

    static final String ANNA = "anna.bakker@example.nl";
    static final String BRAM = "bram.smit@example.nl";
    static final String COR = "cor.visser@example.nl";
    static final String DIRK = "dirk.unknown@example.nl";

    static final String NM101 = "https://badges.pps-smo.example/badgeclass/nm-101";
    static final String NM102 = "https://badges.pps-smo.example/badgeclass/nm-102";
    static final String NM103 = "https://badges.pps-smo.example/badgeclass/nm-103";

    private BadgeDelivery() {
    }

    static Path create(Path temp) throws Exception {
        Path delivery = Files.createDirectories(temp.resolve("delivery").resolve("badges")).getParent();
        TestDelivery.withSampleCatalogue(delivery);
        Files.writeString(delivery.resolve("enrolments.csv"), String.join("\n",
                "enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance",
                "B1,ROOD-2026-03,ROOD,NM-101,2026-03-02," + ANNA + ",Anna,01234567,medewerker,ingeschreven,aanwezig",
                "B2,ROOD-2026-03,ROOD,NM-101,2026-03-02," + BRAM + ",Bram,01234567,medewerker,ingeschreven,aanwezig",
                "B3,ROOD-2026-03,ROOD,NM-101,2026-03-02," + COR + ",Cor,01234567,medewerker,ingeschreven,aanwezig",
                "B4,ROOD-2026-03,ROOD,NM-102,2026-03-16," + ANNA + ",Anna,01234567,medewerker,ingeschreven,aanwezig",
                "B5,ROOD-2026-03,ROOD,NM-102,2026-03-16," + BRAM + ",Bram,01234567,medewerker,ingeschreven,afwezig",
                "B6,ROOD-2026-03,ROOD,NM-103,2026-03-30," + ANNA + ",Anna,01234567,medewerker,ingeschreven,aanwezig",
                "B7,ROOD-2026-03,ROOD,NM-103,2026-03-30," + COR + ",Cor,01234567,medewerker,ingeschreven,aanwezig") + "\n",
                StandardCharsets.UTF_8);
        return delivery;
    }

    static Path write(Path delivery, String name, String... lines) throws Exception {
        Path file = delivery.resolve("badges").resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** An OB 2.0 assertion on one line, recipient hashed with the salt; {@code more} is extra JSON members. */
    static String ob2(String id, String email, String salt, String badge, String issuedOn, String more) throws Exception {
        return "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"id\":\"" + id + "\","
                + "\"recipient\":{\"type\":\"email\",\"hashed\":true,\"salt\":\"" + salt + "\",\"identity\":\"sha256$" + sha256(email + salt) + "\"},"
                + "\"badge\":\"" + badge + "\",\"issuedOn\":\"" + issuedOn + "\",\"verification\":{\"type\":\"HostedBadge\"}" + more + "}";
    }

    /** An OB 3.0 OpenBadgeCredential on one line; {@code dateField} is validFrom or issuanceDate. */
    static String ob3(String id, String email, String salt, String achievement, String dateField, String date, String more) throws Exception {
        return "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + "\"id\":\"" + id + "\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"issuer\":{\"id\":\"https://badges.pps-smo.example/issuer\",\"type\":[\"Profile\"],\"name\":\"PPS\"},"
                + "\"" + dateField + "\":\"" + date + "\",\"credentialSubject\":{\"type\":[\"AchievementSubject\"],"
                + "\"identifier\":[{\"type\":\"IdentityObject\",\"identityHash\":\"sha256$" + sha256(email + salt) + "\","
                + "\"identityType\":\"emailAddress\",\"hashed\":true,\"salt\":\"" + salt + "\"}],"
                + "\"achievement\":{\"id\":\"" + achievement + "\",\"type\":[\"Achievement\"]}}" + more + "}";
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The participant key of an address: HMAC-SHA256 with the workspace's key (made by the first command). */
    static String pseudonym(Path temp, String email) {
        return new Workspace(temp).pseudonym(email);
    }
}
