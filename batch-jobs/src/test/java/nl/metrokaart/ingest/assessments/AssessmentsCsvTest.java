package nl.metrokaart.ingest.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.ingest.PlainEmails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long assessments CSV through the real ingest job: Dutch exports, defaults, rejects with their lines, replacement by key. */
class AssessmentsCsvTest {

    private static final String ROWS = "SELECT skill_code || '|' || assessed_on || '|' || moment || '|' || source || '|' || level "
            + "FROM assessment ORDER BY ALL";


    @Test
    void aDutchExportLoadsWithDefaultsAndRejectsWhatIsOutsideTheCatalogue(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.9");
        Path delivery = delivery(temp, "delivery");
        // Excel on Dutch Windows: semicolons, Windows-1252, Dutch headers and dates. No enrolments:
        // assessments may come before the participants are known from enrolments.
        Files.write(delivery.resolve("beoordelingen.csv"), String.join("\r\n",
                "E-mailadres;Vaardigheid;Niveau;Datum;Meetmoment;Bron",
                " Renee@Example.NL ;SM-DATA;2;05-01-2026;;",
                "renee@example.nl;SM-DATA;3;05-01-2026;;coach",
                "renee@example.nl;sm-sens;3 - zelfstandig;2026-01-05;Nulmeting;Zelf",
                "piet@example.nl;SM-DATA;7;05-01-2026;exit;assessor",
                "piet@example.nl;SM-XYZ;2;05-01-2026;exit;assessor",
                "piet@example.nl;SM-DATA;2;05-01-2026;eindmeting;baas",
                "piet@example.nl;SM-DATA;2;32-01-2026;exit;coach",
                "piet@example.nl;SM-STOR;expert;19-01-2026;exit;beoordelaar",
                "renee@example.nl;SM-DATA;4;5-1-2026;tussentijds;self",
                "").getBytes(Charset.forName("windows-1252")));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("read 9  loaded 4  rejected 5");
        // The self and the coach assessment of the same day are both kept; empty moment and source are tussentijds and self.
        assertThat(workspace.strings(ROWS)).containsExactly(
                "SM-DATA|2026-01-05|tussentijds|coach|3",
                "SM-DATA|2026-01-05|tussentijds|self|2",
                "SM-SENS|2026-01-05|intake|self|3",
                "SM-STOR|2026-01-19|exit|assessor|5");
        assertThat(workspace.strings("SELECT line || ' ' || coalesce(column_name, '-') || ' ' || coalesce(value, '-') || ': ' || reason "
                + "FROM reject ORDER BY line")).containsExactly(
                "5 level 7: level 7 for SM-DATA is outside the scale 1-5",
                "6 skill_code SM-XYZ: skill code SM-XYZ is not in metrokaart.yaml",
                "7 source baas: source baas is not one of self, coach, assessor",
                "8 assessed_on 32-01-2026: assessed_on 32-01-2026 is not a date (expected dd-mm-jjjj or jjjj-mm-dd)",
                "10 - -: the same assessment (participant, SM-DATA, 05-01-2026, tussentijds, self) already appears on line 2 of this file");
        // One pseudonym for Renee however her address was typed; the addresses are kept encrypted for badge matching.
        assertThat(workspace.count("SELECT count(DISTINCT participant_key) FROM assessment")).isEqualTo(2);
        assertThat(workspace.count("SELECT count(*) FROM participant_identity_batch")).isPositive();
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    @Test
    void aNewerDeliveryOfTheSameAssessmentReplacesTheOlderOne(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path first = delivery(temp, "2026-01");
        Files.writeString(first.resolve("assessments.csv"), """
                participant_email,skill_code,level,assessed_on,moment,source
                a@example.nl,SM-DATA,2,2026-01-05,intake,self
                a@example.nl,SM-DATA,3,2026-01-05,intake,coach
                b@example.nl,SM-DATA,1,2026-01-05,intake,self
                """);
        assertThat(workspace.cli("ingest", first.toString()).exitCode()).isZero();

        Path second = delivery(temp, "2026-02");
        Files.writeString(second.resolve("assessments.csv"), """
                participant_email,skill_code,level,assessed_on,moment,source
                A@example.nl,sm-data,4,05-01-2026,intake,self
                a@example.nl,SM-DATA,5,2026-02-02,exit,assessor
                """);
        Result result = workspace.cli("ingest", second.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT level || ' ' || moment || ' ' || source || ' ' || assessed_on FROM assessment ORDER BY ALL"))
                .containsExactly("1 intake self 2026-01-05", "3 intake coach 2026-01-05", "4 intake self 2026-01-05", "5 exit assessor 2026-02-02");
        assertThat(workspace.count("SELECT count(*) FROM assessment WHERE level = 2")).as("the older self-assessment is replaced").isZero();
    }

    @Test
    void theSampleDeliveryLoadsEveryAssessment(@TempDir Path temp) throws Exception {
        Workspace workspace = LoadedWarehouse.sample(temp);

        Result result = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT rows_read || ' = ' || rows_loaded || ' + ' || rows_rejected FROM ingested_file WHERE kind = 'assessments'"))
                .containsExactly("2997 = 2997 + 0");
        assertThat(workspace.count("SELECT count(*) FROM assessment")).isEqualTo(2997);
        assertThat(workspace.count("SELECT count(*) FROM reject WHERE file_name = 'assessments.csv'")).isZero();
        // Every assessed person is a participant of the sample's enrolments, under the same pseudonym.
        assertThat(workspace.count("SELECT count(DISTINCT participant_key) FROM assessment "
                + "WHERE participant_key NOT IN (SELECT participant_key FROM enrolment)")).isZero();
        // The sample has same-day pairs (self and coach): both are kept.
        assertThat(workspace.count("SELECT count(*) FROM (SELECT participant_key, skill_code, assessed_on FROM assessment "
                + "GROUP BY ALL HAVING count(*) > 1)")).isEqualTo(13);
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    /** A delivery folder with the sample catalogue. */
    static Path delivery(Path temp, String name) throws Exception {
        Path delivery = Files.createDirectories(temp.resolve(name));
        TestDelivery.withSampleCatalogue(delivery);
        return delivery;
    }
}
