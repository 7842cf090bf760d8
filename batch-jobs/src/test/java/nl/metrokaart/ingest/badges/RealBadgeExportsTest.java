package nl.metrokaart.ingest.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published Open Badges and edubadges examples (shared beside the repository, copied to a temp
 * folder only): invalid JSON, fragments that are no assertion, templates that are no export.
 * None may crash the job, and every file must end up loaded or refused with a reason.
 */
class RealBadgeExportsTest {

    private static final List<String> FOLDERS = List.of("ob2", "ob3", "badges-csv");

    /** Per file what its refusal says (none of these badges is the badge of a sample module). */
    private static final Map<String, String> REFUSALS = new TreeMap<>(Map.ofEntries(
            Map.entry("badges-csv/badgrBulkIssueTemplate.csv", "the columns badgeclass, issued_on are missing (found: email, evidence)"),
            Map.entry("badges-csv/badgrImportMembersTemplate.csv", "the columns badgeclass, issued_on are missing (found: name, email)"),
            Map.entry("badges-csv/edubadges_sample_direct_award.csv",
                    "the columns badgeclass, issued_on are missing (found: Recipient mailadres, Recipient EPPN,"),
            Map.entry("badges-csv/edubadges_sample_direct_award_email_only.csv",
                    "the columns badgeclass, issued_on are missing (found: Recipient mailadres, Recipient First name,"),
            Map.entry("ob2/assertion-embedded-badgeclass-issuer.json",
                    "not valid JSON at line 26: a comma before '}' (a trailing comma, which JSON does not allow)"),
            Map.entry("ob2/assertion-hosted.json", "line 1 (badge): badge class https://example.org/robotics-badge.json is not the badge of any module"),
            Map.entry("ob2/badgeclass-versioning.json", "holds no Open Badges assertion or credential (found an object without a type, with keys "
                    + "@context, id, name, version, related)"),
            Map.entry("ob2/badgeclass.json", "not valid JSON at line 14: a line break inside a text value"),
            Map.entry("ob2/criteria-embedded-with-alignment.json", "not valid JSON at line 6: a line break inside a text value"),
            Map.entry("ob2/criteria-embedded.json", "not valid JSON at line 6: a line break inside a text value"),
            Map.entry("ob2/criteria-uri.json", "holds no Open Badges assertion or credential (found an object without a type, with keys @context, id, criteria)"),
            Map.entry("ob2/cryptographickey.json", "holds no Open Badges assertion or credential (found a CryptographicKey)"),
            Map.entry("ob2/edubadges-assertion.json",
                    "line 1 (badge): badge class https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g is not the badge of any module"),
            Map.entry("ob2/edubadges-badgeclass.json", "holds no Open Badges assertion or credential (found a BadgeClass)"),
            Map.entry("ob2/edubadges-issuer.json", "holds no Open Badges assertion or credential (found an Issuer)"),
            Map.entry("ob2/endorsement-assertion.json", "holds no Open Badges assertion or credential (found an Endorsement)"),
            Map.entry("ob2/endorsement-badgeclass.json", "holds no Open Badges assertion or credential (found an Endorsement)"),
            Map.entry("ob2/endorsement-issuer-email.json", "not valid JSON at line 10: a comma before '}' (a trailing comma"),
            Map.entry("ob2/endorsement-revoked.json", "holds no Open Badges assertion or credential (found an Endorsement)"),
            Map.entry("ob2/evidence-class.json", "not valid JSON at line 11: the file ends before every { and [ is closed"),
            Map.entry("ob2/evidence-multiple.json", "not valid JSON at line 18: the file ends before every { and [ is closed"),
            Map.entry("ob2/evidence-narrative.json", "holds no Open Badges assertion or credential (found an object without a type, with keys @context, id, narrative)"),
            Map.entry("ob2/evidence-uri.json", "holds no Open Badges assertion or credential (found an object without a type, with keys @context, id, evidence)"),
            Map.entry("ob2/i18n-language.json", "holds no Open Badges assertion or credential (found an object without a type, with keys @context, @language, id, name)"),
            Map.entry("ob2/i18n-related-translation.json",
                    "holds no Open Badges assertion or credential (found an object without a type, with keys @context, @language, id, name, related)"),
            Map.entry("ob2/image-class.json", "holds no Open Badges assertion or credential (found an object without a type, with keys @context, id, image)"),
            Map.entry("ob2/image-uri.json", "holds no Open Badges assertion or credential (found an object without a type, with keys @context, id, image)"),
            Map.entry("ob2/issuer-profile.json", "holds no Open Badges assertion or credential (found an Issuer)"),
            Map.entry("ob2/revocationlist.json", "holds no Open Badges assertion or credential (found a RevocationList)"),
            Map.entry("ob2/revoked-hosted-assertion.json", "holds no Open Badges assertion or credential (found a revocation notice without recipient or badge)"),
            Map.entry("ob2/signed-assertion-jws-claims.json", "line 1 (badge): badge class https://example.org/robotics-badge.json is not the badge of any module"),
            Map.entry("ob2/signed-assertion-jws-header.json", "holds no Open Badges assertion or credential (found a JWS header)"),
            Map.entry("ob3/achievementAlignmentCase.json",
                    "line 1 (credentialSubject.achievement.id): badge class https://1edtech.edu/achievements/1 is not the badge of any module"),
            Map.entry("ob3/achievementAlignmentCe.json",
                    "line 1 (credentialSubject.achievement.id): badge class https://1edtech.edu/achievements/1 is not the badge of any module"),
            Map.entry("ob3/basicOpenBadgeCredential.json", "line 1 (credentialSubject.achievement.id): badge class "
                    + "https://example.com/achievements/21st-century-skills/teamwork is not the badge of any module"),
            Map.entry("ob3/edubadges-achievement-alignment-fragment.json", "holds no Open Badges assertion or credential (found an Achievement)"),
            Map.entry("ob3/edubadges-achievement.json", "holds no Open Badges assertion or credential (found an Achievement)"),
            Map.entry("ob3/edubadges-credentialstatus-fragment.json",
                    "holds no Open Badges assertion or credential (found an object without a type, with keys credentialStatus)"),
            Map.entry("ob3/edubadges-issuer-did-document.json", "holds no Open Badges assertion or credential (found a Profile)"),
            Map.entry("ob3/edubadges-openbadgecredential.json", "line 1 (credentialSubject.achievement.id): badge class "
                    + "https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g#v3p0 is not the badge of any module"),
            Map.entry("ob3/edubadges-revocationlist.json", "holds no Open Badges assertion or credential (found a revocation list)"),
            Map.entry("ob3/endorsementCredential.json", "holds no Open Badges assertion or credential (found an EndorsementCredential)"),
            Map.entry("ob3/fullOpenBadge.json",
                    "line 1 (credentialSubject.achievement.id): badge class https://1edtech.edu/achievements/degree is not the badge of any module"),
            Map.entry("ob3/gettingStarted-achievement.json", "holds no Open Badges assertion or credential (found an object without a type, with keys "
                    + "@context, id, type, name, description, achievementType, ...)"),
            Map.entry("ob3/gettingStarted-credential-hashedEmail.json", "line 1 (credentialSubject.achievement.id): badge class "
                    + "https://example.com/achievements/c3c1ea5b-9d6b-416d-ab7f-76da1df3e8d6 is not the badge of any module"),
            Map.entry("ob3/gettingStarted-issuerDidDocument.json", "holds no Open Badges assertion or credential (found a Profile)"),
            Map.entry("ob3/skillAssertionCase.json", "line 1 (credentialSubject.achievement.id): badge class "
                    + "https://example.com/achievements/robotics/robot-programming is not the badge of any module"),
            Map.entry("ob3/skillAssertionCtdl.json",
                    "line 1 (credentialSubject.achievement.id): badge class https://example.com/achievements/math/linear-1 is not the badge of any module")));

    @Test
    void everyPublishedExampleIsLoadedOrRefusedWithAReasonAndNoneCrashesTheJob(@TempDir Path temp) throws Exception {
        Workspace.assumeRealExports();
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        List<String> copied = copyRealExports(delivery);
        assertThat(copied).as("the shared real exports").hasSize(48);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
        assertThat(result.err()).doesNotContain("Unexpected error").doesNotContain("\tat ");
        List<String> accounted = workspace.strings("SELECT file_name FROM ingested_file WHERE kind = 'badges' "
                + "UNION ALL SELECT file_name FROM refused_file WHERE kind = 'badges' ORDER BY 1");
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(copied);
        Map<String, String> refusals = new TreeMap<>();
        workspace.strings("SELECT file_name || chr(9) || reason FROM refused_file")
                .forEach(r -> refusals.put(r.split("\t")[0].substring("badges/".length()), r.split("\t")[1]));
        assertThat(refusals.keySet()).containsExactlyElementsOf(REFUSALS.keySet());
        REFUSALS.forEach((file, reason) -> assertThat(refusals.get(file)).as(file).contains(reason));
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).as("the rest of the delivery").isEqualTo(7);
        WarehouseText.assertNoEmailAddress(workspace);
    }

    @Test
    void publishedCredentialsLoadWhenTheirBadgeClassesAreOurModulesAndTheirRecipientsOurParticipants(@TempDir Path temp) throws Exception {
        Workspace.assumeRealExports();
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        // The sample catalogue with five badge classes of the published examples.
        String catalogue = Files.readString(delivery.resolve("metrokaart.yaml"))
                .replace("https://badges.pps-smo.example/badgeclass/nm-101\"", "https://example.com/achievements/c3c1ea5b-9d6b-416d-ab7f-76da1df3e8d6\"")
                .replace("https://badges.pps-smo.example/badgeclass/nm-102\"", "https://1edtech.edu/achievements/degree\"")
                .replace("https://badges.pps-smo.example/badgeclass/nm-103\"", "https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g#v3p0\"")
                .replace("https://badges.pps-smo.example/badgeclass/nm-104\"", "https://example.org/robotics-badge.json\"")
                .replace("https://badges.pps-smo.example/badgeclass/nm-105\"", "https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g\"");
        Files.writeString(delivery.resolve("metrokaart.yaml"), catalogue);
        // The implementation guide publishes the address behind its hash; fullOpenBadge.json names its student in the clear.
        Files.writeString(delivery.resolve("enrolments.csv"), String.join("\n",
                "enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance",
                "R1,ROOD-2026-03,ROOD,NM-101,2026-03-02,jjefferson18@example.com,J. Jefferson,01234567,medewerker,ingeschreven,aanwezig",
                "R2,ROOD-2026-03,ROOD,NM-102,2026-03-16,student@1edtech.edu,Student,01234567,medewerker,ingeschreven,aanwezig") + "\n");
        Path badges = delivery.resolve("badges");
        for (String file : List.of("ob3/gettingStarted-credential-hashedEmail.json", "ob3/fullOpenBadge.json", "ob3/edubadges-openbadgecredential.json",
                "ob2/assertion-hosted.json", "ob2/edubadges-assertion.json")) {
            Files.copy(Workspace.REAL_EXPORTS.resolve(file), badges.resolve(file.replace('/', '-')));
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(workspace.strings("SELECT assertion_id || '|' || module_code || '|' || participant_key || '|' || issued_on || '|' "
                + "|| coalesce(expires_on::VARCHAR, '-') || '|' || revoked || '|' || source_format FROM badge ORDER BY assertion_id"))
                .containsExactly(
                        "http://1edtech.edu/credentials/3732|NM-102|" + BadgeDelivery.pseudonym(temp, "student@1edtech.edu") + "|2010-01-01|2030-01-01|false|ob3",
                        "urn:uuid:a9fc82eb-416f-47c3-8786-de890331d4a5|NM-101|" + BadgeDelivery.pseudonym(temp, "jjefferson18@example.com")
                                + "|2010-01-01|-|false|ob3");
        assertThat(result.err())
                .contains("badges/ob3-edubadges-openbadgecredential.json: 1 of 1 rows (100 %) were rejected")
                .contains("line 1 (credentialSubject): recipient matches no participant known from enrolments "
                        + "(it is identified by identifier: only e-mail addresses can be matched)")
                .contains("badges/ob2-edubadges-assertion.json: 1 of 1 rows (100 %) were rejected")
                .contains("line 1 (recipient): recipient matches no participant known from enrolments (it is identified by id: only e-mail addresses can be matched)")
                .contains("badges/ob2-assertion-hosted.json: 1 of 1 rows (100 %) were rejected")
                .contains("line 1 (recipient): recipient matches no participant known from enrolments\n");
        WarehouseText.assertNoEmailAddress(workspace);
    }

    /** Copies every file of the shared real-export folders into badges/, keeping the folder; returns the names in the delivery. */
    private static List<String> copyRealExports(Path delivery) throws Exception {
        for (String folder : FOLDERS) {
            Path target = Files.createDirectories(delivery.resolve("badges").resolve(folder));
            try (Stream<Path> files = Files.list(Workspace.REAL_EXPORTS.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
        try (Stream<Path> all = Files.walk(delivery.resolve("badges"))) {
            return all.filter(Files::isRegularFile).map(p -> delivery.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
