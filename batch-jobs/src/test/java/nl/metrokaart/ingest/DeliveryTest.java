package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import nl.metrokaart.Workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are recognised by name, or else by what they hold; the rest is reported, never skipped in silence. */
class DeliveryTest {

    @Test
    void theSampleDeliveryIsRecognisedByName() {
        Map<String, InputKind> kinds = kinds(Delivery.scan(Workspace.SAMPLE_DELIVERY));

        assertThat(kinds).containsEntry("metrokaart.yaml", InputKind.CATALOGUE)
                .containsEntry("companies.csv", InputKind.COMPANIES)
                .containsEntry("enrolments.csv", InputKind.ENROLMENTS)
                .containsEntry("badges/ob2-assertions.json", InputKind.BADGES)
                .containsEntry("badges/edubadges.csv", InputKind.BADGES)
                .containsEntry("assessments.csv", InputKind.ASSESSMENTS)
                .containsEntry("followups.csv", InputKind.FOLLOWUPS)
                .doesNotContainValue(InputKind.UNRECOGNISED);
    }

    @Test
    void filesWithOtherNamesAreRecognisedByTheirContent(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("export-lms-2026-10.csv"),
                "\uFEFFInschrijving ID;Run;Lijn;Module;Datum;E-mailadres\nE1;R;ROOD;NM-101;05-01-2026;a@b.nl\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("crm.csv"), "KvK-nummer,Naam,Medewerkers\n01234567,X,3\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("issued.json"), "[{\"type\": \"Assertion\", \"recipient\": {}}]", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "just notes\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".DS_Store"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("~$open-in-excel.csv"), "x", StandardCharsets.UTF_8);

        Map<String, InputKind> kinds = kinds(Delivery.scan(folder));

        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "export-lms-2026-10.csv", InputKind.ENROLMENTS,
                "crm.csv", InputKind.COMPANIES,
                "issued.json", InputKind.BADGES,
                "notes.txt", InputKind.UNRECOGNISED));
    }

    @Test
    void theFingerprintFollowsTheContent(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("companies.csv"), "kvk\n01234567\n");
        String before = Delivery.scan(folder).fingerprint();
        assertThat(Delivery.scan(folder).fingerprint()).isEqualTo(before);

        Files.writeString(folder.resolve("companies.csv"), "kvk\n01234568\n");
        Files.setLastModifiedTime(folder.resolve("companies.csv"), java.nio.file.attribute.FileTime.fromMillis(1));

        assertThat(Delivery.scan(folder).fingerprint()).isNotEqualTo(before);
    }

    private static Map<String, InputKind> kinds(Delivery delivery) {
        return delivery.files().stream().collect(Collectors.toMap(Delivery.DeliveryFile::relativeName, Delivery.DeliveryFile::kind));
    }
}
