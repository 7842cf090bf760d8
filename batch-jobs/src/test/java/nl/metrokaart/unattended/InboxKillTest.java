package nl.metrokaart.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.metrokaart.ChildJvm;
import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an inbox ingest, then the same command again: the interrupted run is
 * found and resumed, each record is in the warehouse exactly once, and the delivery ends in the
 * archive. Nothing else is needed between the two.
 */
// Slow by nature: a real process in real time (a cron a few seconds ahead, SIGTERM, kill -9), not data.
// Still part of `mvn verify`; `mvn verify -DexcludedGroups=slow` leaves these out for a quick round.
@org.junit.jupiter.api.Tag("slow")
class InboxKillTest {

    static final int FILES = 5;
    static final int ROWS_PER_FILE = 100_000;

    @Test
    void aDeliveryKilledMidIngestIsCompletedExactlyOnceByTheSameCommand(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        bigDelivery(inbox.resolve("big"));
        Files.createFile(inbox.resolve("big.ready"));

        try (ChildJvm child = ChildJvm.start(workspace, List.of(), "inbox", "--inbox", inbox.toString())) {
            // The first enrolment file is loaded (maybe not yet committed): the others are still to come.
            assertThat(child.awaitFile(temp.resolve("logs").resolve("metrokaart.log"), "enrolments 1/" + FILES, Duration.ofMinutes(2)))
                    .as(child.output()).isTrue();
            child.kill();
            assertThat(child.output()).contains("inbox: picked up big").doesNotContain("moved to");
        }

        // Killed in the middle: the delivery is claimed, the run left STARTED, not every file loaded.
        assertThat(inbox.resolve(".processing").resolve("big")).isDirectory();
        assertThat(workspace.strings("SELECT status FROM batch_job_execution")).containsExactly("STARTED");
        assertThat(workspace.count("SELECT count(*) FROM ingested_file WHERE kind = 'enrolments'")).isLessThan(FILES);

        Result again = workspace.cli("inbox", "--inbox", inbox.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).contains("Run 1 (ingest").contains("was interrupted");
        assertThat(again.out()).contains("inbox: taking up big again").contains("big ingested (run 2)");
        long rows = (long) FILES * ROWS_PER_FILE;
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(rows);
        assertThat(workspace.count("SELECT count(DISTINCT enrolment_id) FROM enrolment")).isEqualTo(rows);
        assertThat(workspace.count("SELECT count(*) FROM company")).isEqualTo(55);
        assertThat(workspace.strings("SELECT file_name || ' ' || rows_loaded FROM ingested_file WHERE kind = 'enrolments' ORDER BY 1"))
                .hasSize(FILES).allMatch(line -> line.endsWith(" " + ROWS_PER_FILE));
        assertThat(workspace.count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
        assertThat(workspace.strings("SELECT status FROM batch_job_execution ORDER BY job_execution_id")).containsExactly("FAILED", "COMPLETED");
        assertThat(workspace.strings("SELECT exit_message FROM batch_job_execution WHERE job_execution_id = 1").get(0)).contains("interrupted");

        assertThat(temp.resolve("archive").resolve(LocalDate.now().toString()).resolve("big")).isDirectory();
        assertThat(inbox.resolve(".processing")).isEmptyDirectory();
        assertThat(inbox.resolve("big")).doesNotExist();
    }

    /** The sample's catalogue and companies, and FILES enrolment exports of ROWS_PER_FILE rows each (20,000 people). */
    static void bigDelivery(Path folder) throws Exception {
        Files.createDirectories(folder);
        TestDelivery.withSampleCatalogue(folder);
        TestDelivery.at(folder).fromSample("companies.csv");
        int id = 0;
        for (int f = 1; f <= FILES; f++) {
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("enrolments-" + f + ".csv"), StandardCharsets.UTF_8)) {
                out.write("enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance\n");
                for (int i = 0; i < ROWS_PER_FILE; i++) {
                    id++;
                    out.write("K" + id + ",ROOD-2026-09,ROOD,NM-101,2026-09-07,p" + id % 20_000 + "@x.nl,P,,medewerker,ingeschreven,aanwezig\n");
                }
            }
        }
    }
}
