package nl.metrokaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status and history read the warehouse read-only, without Spring: the file is left byte for byte
 * as it was, even when a killed process left a run marked running: the next command that writes
 * (a job, or upgrade) marks it failed and says so.
 */
class ReadOnlyCommandsTest {

    @Test
    void statusAndHistoryLeaveTheWarehouseAsItWasUnlessARunWasLeftRunning(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        LoadedWarehouse.sample(temp); // the sample delivery, ingested
        String before = sha256(workspace.warehouse());
        FileTime modified = Files.getLastModifiedTime(workspace.warehouse());

        Result status = workspace.cli("status");
        Result history = workspace.cli("history", "--json");

        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("FILES").contains("enrolments.csv").contains("JOB RUNS").contains("DATA UP TO").contains("1559");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).contains("\"job\" : \"ingest\"").contains("\"status\" : \"COMPLETED\"");
        assertThat(sha256(workspace.warehouse())).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(workspace.warehouse())).isEqualTo(modified);
        assertThat(workspace.warehouse().resolveSibling("metrokaart.duckdb.wal")).doesNotExist();

        // What a kill -9 leaves: the run still marked running. status shows it and changes nothing.
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL");
            s.execute("CHECKPOINT");
        }
        String killed = sha256(workspace.warehouse());
        Result reading = workspace.cli("status");
        assertThat(reading.exitCode()).as(reading.toString()).isZero();
        assertThat(reading.out()).contains("STARTED");
        assertThat(sha256(workspace.warehouse())).isEqualTo(killed);

        Result recovered = workspace.cli("upgrade");

        assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
        assertThat(recovered.err()).contains("Run 1 (ingest").contains("was interrupted");
        assertThat(workspace.strings("SELECT status FROM batch_job_execution")).containsExactly("FAILED");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
