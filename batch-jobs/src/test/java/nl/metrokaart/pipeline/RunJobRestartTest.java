package nl.metrokaart.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails at its last step resumes there: the ingest steps are not redone, no row is loaded twice. */
class RunJobRestartTest {

    @Test
    void aFailedRunResumesAtTheFailedStep(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        // A file where the output folder should be makes the report step fail after the ingest steps completed.
        Path out = temp.resolve("reports");
        Files.writeString(out, "in the way");
        String[] command = {"run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10", "--out", out.toString()};

        Result failed = workspace.cli(command);

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.err()).contains("failed at step 'monthlyReport'").contains("run the same command again");
        assertThat(failed.err()).doesNotContain("\tat ");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        long filesIngested = workspace.count("SELECT count(*) FROM ingested_file");

        Files.delete(out);
        Result resumed = workspace.cli(command);

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(out.resolve("maandrapportage-2026-10.xlsx")).isNotEmptyFile();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        assertThat(workspace.count("SELECT count(*) FROM company")).isEqualTo(55);
        assertThat(workspace.count("SELECT count(*) FROM ingested_file")).as("no file ingested twice").isEqualTo(filesIngested);
        assertThat(workspace.count("SELECT count(*) FROM badge")).isEqualTo(1074);
        // One job instance, two executions; the second ran the report step only.
        assertThat(workspace.count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
        assertThat(workspace.strings("""
                SELECT s.step_name FROM batch_step_execution s
                WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)""")).containsExactly("monthlyReport", "verdict");
        // The first run completed every ingest step (one per input kind, in order) and failed at the report.
        assertThat(workspace.strings("""
                SELECT s.step_name || ':' || s.status FROM batch_step_execution s
                WHERE s.job_execution_id = (SELECT min(job_execution_id) FROM batch_job_execution) ORDER BY s.step_execution_id"""))
                .startsWith("catalogue:COMPLETED", "companies:COMPLETED", "enrolments:COMPLETED")
                .endsWith("unrecognised:COMPLETED", "models:COMPLETED", "monthlyReport:FAILED")
                .filteredOn(step -> !step.startsWith("monthlyReport")).allMatch(step -> step.endsWith(":COMPLETED"));

        Result third = workspace.cli(command);
        assertThat(third.exitCode()).isZero();
        assertThat(third.out()).contains("nothing to do");
    }
}
