package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;
import nl.metrokaart.warehouse.DiskFull;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk says so, and never leaves a run that cannot be resumed (issue 18 item 5). */
class DiskFullTest {

    @Test
    void aStepLeftUnknownByAFailedCommitIsResumedByTheSameCommand(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = FaultySample.copy(temp, "delivery");
        assertThat(workspace.cli("ingest", delivery.toString()).exitCode()).isZero();
        // What a full disk during the models step's commit left behind (issue 18): the step UNKNOWN, the run FAILED.
        try (Connection c = workspace.connect()) {
            c.createStatement().execute("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' WHERE STEP_NAME IN ('models', 'verdict')");
            c.createStatement().execute("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED'");
        }

        Result again = workspace.cli("ingest", delivery.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).doesNotContain("UNKNOWN status");
        assertThat(workspace.strings("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'models' ORDER BY STEP_EXECUTION_ID"))
                .containsExactly("FAILED", "COMPLETED");
        FaultySample.assertOtherFilesAsInSample(workspace);
    }

    @Test
    void aFullDiskIsNamedWithItsRoomAndTheSameCommandCompletesOnceThereIsRoom(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path disk = Files.createDirectories(workspace.warehouse().getParent());
        // A real full disk needs a small file system: a tmpfs, which only root may mount. Skipped otherwise.
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()),
                "mounting a 2 MB tmpfs needs root; the disk-full message is checked without it below");
        try {
            Path delivery = FaultySample.copy(temp, "delivery");
            Result full = workspace.cli("ingest", delivery.toString());
            assertThat(full.exitCode()).as(full.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(full.err()).as(full.toString()).contains("the disk is full (No space left on device) while writing " + disk)
                    .contains("a job needs about").contains("run the same command again");

            assertThat(run("mount", "-o", "remount,size=256m", disk.toString())).isTrue();
            Result roomy = workspace.cli("ingest", delivery.toString());
            assertThat(roomy.exitCode()).as(roomy.toString()).isZero();
            FaultySample.assertOtherFilesAsInSample(workspace);
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void everyWordingOfAFullDiskBecomesTheSentence(@TempDir Path temp) {
        Path wal = temp.resolve("metrokaart.duckdb.wal");
        SQLException duckdb = new SQLException("TransactionContext Error: Failed to commit: Could not write file \"" + wal
                + "\": No space left on device");
        RuntimeException later = new IllegalStateException("cannot commit - no transaction is active");

        assertThat(DiskFull.describe(List.of(later, new RuntimeException("JDBC commit failed", duckdb)))).get().asString()
                .contains("the disk is full (No space left on device) while writing " + wal).contains(temp.toString()).contains("free");
        assertThat(DiskFull.describe(new java.nio.file.FileSystemException(temp.resolve("out.xlsx").toString(), null, "Disk quota exceeded")))
                .get().asString().contains("Disk quota exceeded").contains("out.xlsx");
        assertThat(DiskFull.describe(later)).isEmpty();
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
