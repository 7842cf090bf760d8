package nl.metrokaart.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history lists the runs; restart resumes a failed one at its failed step; abandon gives one up; an interrupted run resumes by itself. */
class HistoryRestartTest {

    @Test
    void historyShowsAFailedRunRestartResumesItAbandonGivesOneUp(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path out = temp.resolve("reports");
        Files.writeString(out, "in the way"); // the report step fails after the ingest steps completed
        Result failed = workspace.cli("run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10", "--out", out.toString());
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.err()).contains("./metrokaart restart 1");

        Result history = workspace.cli("history");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        // rows: every row the run loaded, whatever input kinds the sample holds
        long loaded = workspace.count("SELECT sum(rows_loaded) FROM ingested_file");
        assertThat(history.out()).contains("id", "job", "parameters", "status", "start", "duration", "rows", "outputs")
                .containsPattern("1\\s+run\\s+.*month=2026-10 .*FAILED.*" + loaded);

        Files.delete(out);
        Result restarted = workspace.cli("restart", "1");

        assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
        assertThat(restarted.out()).contains("Resuming run 1 (run)").contains("Wrote ").contains("Run 2 completed.");
        assertThat(out.resolve("maandrapportage-2026-10.xlsx")).isNotEmptyFile();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        assertThat(workspace.strings("SELECT step_name FROM batch_step_execution WHERE job_execution_id = 2 ORDER BY step_execution_id"))
                .containsExactly("monthlyReport", "verdict");
        String json = workspace.cli("history", "--json").out();
        assertThat(json).contains("\"status\" : \"COMPLETED\"").contains("maandrapportage-2026-10.xlsx");

        Result twice = workspace.cli("restart", "1");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(twice.err()).contains("Run 1 (run) was resumed as run 2, which completed: there is nothing to restart").doesNotContain("\tat ");

        // Another month fails the same way, and is given up.
        Path blocked = Files.writeString(temp.resolve("september"), "in the way");
        String[] september = {"run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-09", "--out", blocked.toString()};
        Result failedAgain = workspace.cli(september);
        assertThat(failedAgain.exitCode()).as(failedAgain.toString()).isEqualTo(ExitCodes.FAILED);
        Result abandoned = workspace.cli("abandon", "3");
        assertThat(abandoned.exitCode()).as(abandoned.toString()).isZero();
        assertThat(abandoned.out()).contains("Run 3 (run) is abandoned");
        assertThat(workspace.cli("history").out()).containsPattern("3\\s+run\\s+.*ABANDONED");
        Result sameAgain = workspace.cli(september);
        assertThat(sameAgain.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(sameAgain.err()).contains("Run 3 (run) with the same input was abandoned");
        assertThat(workspace.cli("restart", "3").err()).contains("was abandoned");

        Result unknown = workspace.cli("restart", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).contains("There is no run 99").contains("./metrokaart history");
    }

    @Test
    void aRunLeftStartedByAKilledProcessIsResumedByTheSameCommand(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path out = temp.resolve("reports");
        Files.writeString(out, "in the way");
        String[] command = {"run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10", "--out", out.toString()};
        assertThat(workspace.cli(command).exitCode()).isEqualTo(ExitCodes.FAILED);
        // What a kill -9 during the report step leaves: the run and its step still marked as running.
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL");
            s.execute("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL WHERE step_name = 'monthlyReport'");
        }
        Files.delete(out);

        Result again = workspace.cli(command);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).contains("Run 1 (run, started").contains("was interrupted; it is marked FAILED and the same command resumes it");
        assertThat(out.resolve("maandrapportage-2026-10.xlsx")).isNotEmptyFile();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        assertThat(workspace.strings("SELECT status FROM batch_job_execution ORDER BY 1")).containsExactly("COMPLETED", "FAILED");
        assertThat(workspace.cli("history").out()).contains("interrupted: the process ended while this run was in progress");
    }
}
