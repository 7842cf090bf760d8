package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure in the middle of a delivery (here: the scratch folder for transcoding is not
 * usable when the second enrolment file, a Windows-1252 export, needs it), then the same
 * command again: the first file is not loaded twice, the second loads, counts are exact.
 */
class IngestRestartTest {

    @Test
    void aFailureMidDeliveryResumesAtTheFailedFile(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = Files.createDirectories(temp.resolve("delivery"));
        TestDelivery.withSampleCatalogue(delivery);
        TestDelivery.at(delivery).fromSample("companies.csv");
        String header = "enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance\n";
        StringBuilder september = new StringBuilder(header);
        StringBuilder october = new StringBuilder(header);
        for (int i = 1; i <= 30; i++) {
            september.append("S").append(i).append(",ROOD-2026-09,ROOD,NM-101,2026-09-07,p").append(i).append("@x.nl,Pé,,medewerker,ingeschreven,aanwezig\n");
        }
        for (int i = 1; i <= 20; i++) {
            october.append("O").append(i).append(",ROOD-2026-09,ROOD,NM-102,21-09-2026,p").append(i).append("@x.nl,Pé,,medewerker,ingeschreven,P\n");
        }
        Files.writeString(delivery.resolve("enrolments-2026-09.csv"), september, StandardCharsets.UTF_8);
        Files.write(delivery.resolve("enrolments-2026-10.csv"), october.toString().getBytes(Charset.forName("windows-1252")));
        Path blocked = Files.writeString(temp.resolve("not-a-folder"), "x");
        Workspace blockedWork = workspace.with("metrokaart.ingest.work-folder", blocked.resolve("work").toString());

        Result failed = blockedWork.cli("ingest", delivery.toString());

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.err()).contains("failed at step 'enrolments'").contains("transcode").doesNotContain("\tat ");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(30);

        Result resumed = workspace.cli("ingest", delivery.toString());

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(50);
        assertThat(workspace.count("SELECT count(DISTINCT enrolment_id) FROM enrolment")).isEqualTo(50);
        assertThat(workspace.count("SELECT count(*) FROM company")).isEqualTo(55);
        assertThat(workspace.strings("SELECT file_name || ' ' || rows_read || ' ' || rows_loaded FROM ingested_file WHERE kind = 'enrolments' ORDER BY 1"))
                .containsExactly("enrolments-2026-09.csv 30 30", "enrolments-2026-10.csv 20 20");
        assertThat(workspace.count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
        assertThat(workspace.strings("""
                SELECT step_name FROM batch_step_execution
                WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution) ORDER BY step_execution_id"""))
                .first().isEqualTo("enrolments");
        assertThat(resumed.out()).contains("enrolments-2026-09.csv").contains("enrolments-2026-10.csv");
    }
}
