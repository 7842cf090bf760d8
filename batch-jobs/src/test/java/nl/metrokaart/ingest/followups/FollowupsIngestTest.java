package nl.metrokaart.ingest.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;
import nl.metrokaart.ingest.PlainEmails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** followups.csv through the real ingest job: participant- and company-level follow-ups, rejects, replacement by key. */
class FollowupsIngestTest {

    private static final String ROWS = "SELECT CASE WHEN participant_key IS NULL THEN 'company' ELSE 'participant' END || '|' "
            + "|| coalesce(company_kvk, '-') || '|' || followup_type || '|' || coalesce(provider, '-') || '|' || start_date || '|' "
            + "|| coalesce(run_code, '-') FROM followup ORDER BY ALL";


    @Test
    void participantAndCompanyFollowupsLoadAndBadRowsAreRejectedWithTheirLine(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.9");
        Path delivery = delivery(temp, "delivery");
        Files.writeString(delivery.resolve("vervolgtrajecten.csv"), String.join("\n",
                "E-mailadres;KvK-nummer;Soort vervolgtraject;Aanbieder;Startdatum;Run",
                "anna@example.nl;01234567;Cursus;ROC van Twente;05-03-2026;ROOD-2026-01",
                ";23456789;opleiding;Deltion College;2026-04-01;",
                ";;cursus;Aventus;2026-04-01;",
                ";1234567;cursus;Aventus;2026-04-01;",
                "bob@example.nl;;stage;Aventus;2026-04-01;",
                "bob@example.nl;;cursus;Aventus;31-04-2026;",
                "cas@example.nl;;innovatieproject;Fieldlab Oost;1-5-2026;",
                ";23456789;Opleiding;Deltion College;01-04-2026;",
                ""));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("read 8  loaded 3  rejected 5");
        assertThat(workspace.strings(ROWS)).containsExactly(
                "company|23456789|opleiding|Deltion College|2026-04-01|-",
                "participant|-|innovatieproject|Fieldlab Oost|2026-05-01|-",
                "participant|01234567|cursus|ROC van Twente|2026-03-05|ROOD-2026-01");
        assertThat(workspace.strings("SELECT line || ' ' || coalesce(column_name, '-') || ' ' || coalesce(value, '-') || ': ' || reason "
                + "FROM reject ORDER BY line")).containsExactly(
                "4 company_kvk -: neither participant_email nor company_kvk is given; a follow-up belongs to a participant or to a company",
                "5 company_kvk 1234567: kvk number 1234567 has 7 digits, a kvk number has 8; "
                        + "Excel may have dropped a leading zero (format the column as text)",
                "6 type stage: type stage is not a follow-up type in metrokaart.yaml (expected one of cursus, innovatieproject, opleiding)",
                "7 start_date 31-04-2026: start date 31-04-2026 is not a date (expected dd-mm-jjjj or jjjj-mm-dd)",
                "9 - -: the same follow-up (company 23456789, opleiding, 01-04-2026) already appears on line 3 of this file");
        // The participants' addresses are kept encrypted for badge matching, never in the clear.
        assertThat(workspace.count("SELECT count(*) FROM participant_identity_batch")).isPositive();
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    @Test
    void aNewerDeliveryReplacesAFollowupByParticipantOrByCompany(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path first = delivery(temp, "2026-03");
        Files.writeString(first.resolve("followups.csv"), """
                participant_email,company_kvk,type,provider,start_date,run_code
                anna@example.nl,01234567,cursus,ROC,2026-03-05,
                ,01234567,cursus,ROC,2026-03-05,
                ,23456789,opleiding,Deltion,2026-04-01,
                """);
        assertThat(workspace.cli("ingest", first.toString()).exitCode()).isZero();

        Path second = delivery(temp, "2026-04");
        // Anna's follow-up with its company corrected, and the company follow-up with a new provider.
        Files.writeString(second.resolve("followups.csv"), """
                participant_email,company_kvk,type,provider,start_date,run_code
                Anna@Example.nl,34567890,cursus,ROC van Twente,05-03-2026,ROOD-2026-01
                ,23456789,opleiding,Deltion College,2026-04-01,
                """);
        Result result = workspace.cli("ingest", second.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings(ROWS)).containsExactly(
                "company|01234567|cursus|ROC|2026-03-05|-",
                "company|23456789|opleiding|Deltion College|2026-04-01|-",
                "participant|34567890|cursus|ROC van Twente|2026-03-05|ROOD-2026-01");
    }

    @Test
    void aFileWithoutAHeaderRowIsRefusedWithoutRepeatingAnAddress(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = delivery(temp, "delivery");
        Files.writeString(delivery.resolve("followups.csv"), "anna@example.nl,01234567,cursus,ROC,2026-03-05,\n");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(workspace.strings("SELECT reason FROM refused_file")).singleElement().asString()
                .startsWith("the first line holds data (an e-mail address among it), not the column names, so the columns type, start_date "
                        + "cannot be found.");
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    @Test
    void theSampleDeliveryLoadsEveryFollowup(@TempDir Path temp) throws Exception {
        Workspace workspace = LoadedWarehouse.sample(temp);

        Result result = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT rows_read || ' = ' || rows_loaded || ' + ' || rows_rejected FROM ingested_file WHERE kind = 'followups'"))
                .containsExactly("25 = 25 + 0");
        // Counted in sample-data/delivery/followups.csv: 10 rows without an e-mail address are company-level.
        assertThat(workspace.count("SELECT count(*) FROM followup WHERE participant_key IS NULL")).isEqualTo(10);
        assertThat(workspace.count("SELECT count(*) FROM followup WHERE participant_key IS NOT NULL "
                + "AND participant_key NOT IN (SELECT participant_key FROM enrolment)")).isZero();
        assertThat(workspace.strings("SELECT company_kvk FROM followup WHERE provider = 'Rijn IJssel'")).containsExactly("04023605");
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    private static Path delivery(Path temp, String name) {
        return TestDelivery.withSampleCatalogue(temp.resolve(name)).path();
    }
}
