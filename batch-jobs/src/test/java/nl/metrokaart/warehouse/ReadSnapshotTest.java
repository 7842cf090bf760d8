package nl.metrokaart.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import nl.metrokaart.ChildJvm;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts are not locked out while a job runs: every job publishes the warehouse as a read
 * snapshot when it ends, and query, status and history read it while a job holds the warehouse.
 * The job is played by this test process holding DuckDB's write lock (the lock is per process),
 * the analyst by a command line in a JVM of its own.
 */
class ReadSnapshotTest {

    private static final Duration CHILD = Duration.ofSeconds(90);

    @Test
    void whileAJobHoldsTheWarehouseQueryStatusAndHistoryAnswerFromTheSnapshotSayingHowOld(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Result ingest = workspace.cli("ingest", Workspace.SAMPLE_DELIVERY.toString());
        assertThat(ingest.exitCode()).as(ingest.toString()).isIn(0, 1);

        Path snapshot = workspace.warehouse().resolveSibling("metrokaart-read.duckdb");
        assertThat(snapshot).as("published when the ingest ended").isRegularFile();
        try (Stream<Path> files = Files.list(workspace.warehouse().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no half-written copy left behind")
                    .allMatch(n -> !n.endsWith(".tmp"));
        }
        assertThat(countInSnapshot(snapshot)).isEqualTo(1559);

        try (Connection job = DriverManager.getConnection("jdbc:duckdb:" + workspace.warehouse());
             Statement writing = job.createStatement()) {
            // The "job" changes the warehouse: the snapshot keeps what the last finished job left.
            writing.execute("DELETE FROM enrolment WHERE enrolment_id IN (SELECT enrolment_id FROM enrolment LIMIT 59)");

            try (ChildJvm query = ChildJvm.startExactly(workspace, List.of(), "query", "--sql", "SELECT count(*) AS enrolment_rows FROM enrolment",
                    "--warehouse", workspace.warehouse().toString())) {
                assertThat(query.await(CHILD)).as(query.output()).isEqualTo(ExitCodes.DONE);
                assertThat(query.output())
                        .containsPattern("Reading the snapshot of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\((less than a minute|\\d+ minutes?) old\\): "
                                + "a job holds the warehouse \\(pid " + ProcessHandle.current().pid() + "\\)")
                        .contains("1559")
                        .doesNotContain("\tat ");
            }
            try (ChildJvm status = ChildJvm.start(workspace, List.of(), "status")) {
                assertThat(status.await(CHILD)).as(status.output()).isEqualTo(ExitCodes.DONE);
                assertThat(status.output()).contains("Reading the snapshot of").contains("enrolments.csv").contains("1559")
                        .contains("COMPLETED");
            }
            try (ChildJvm history = ChildJvm.start(workspace, List.of(), "history")) {
                assertThat(history.await(CHILD)).as(history.output()).isEqualTo(ExitCodes.DONE);
                assertThat(history.output()).contains("Reading the snapshot of").contains("ingest").contains("COMPLETED");
            }

            // Without a snapshot there is nothing to read: wait for the job, as before.
            Files.delete(snapshot);
            try (ChildJvm query = ChildJvm.startExactly(workspace, List.of(), "query", "--sql", "SELECT 1",
                    "--warehouse", workspace.warehouse().toString())) {
                assertThat(query.await(CHILD)).as(query.output()).isEqualTo(ExitCodes.WAREHOUSE_BUSY);
                assertThat(query.output()).contains("is in use by another process (pid " + ProcessHandle.current().pid());
            }
        }

        // The warehouse is free again: read directly (the change shows), and the next job publishes anew.
        Result fresh = workspace.cli("query", "--sql", "SELECT count(*) AS n FROM enrolment", "--format", "csv", "--out=");
        assertThat(fresh.exitCode()).as(fresh.toString()).isZero();
        assertThat(fresh.out()).contains("1500").doesNotContain("snapshot");
        assertThat(fresh.err()).isEmpty();
    }

    private static long countInSnapshot(Path snapshot) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM enrolment")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
