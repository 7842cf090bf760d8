package nl.metrokaart.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.metrokaart.Workspace;
import nl.metrokaart.cli.ExitCodes;
import nl.metrokaart.cli.Launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB lets one process write the warehouse: a second run is told who holds it, and exits 3. */
class WarehouseLockTest {

    @Test
    void aSecondRunWhileTheWarehouseIsHeldExitsThreeNamingTheHolder(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Files.createDirectories(workspace.warehouse().getParent());
        try (Connection holder = DriverManager.getConnection("jdbc:duckdb:" + workspace.warehouse())) {
            holder.createStatement().execute("CREATE TABLE held (x INTEGER)");

            Process second = new ProcessBuilder(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp", applicationClassPath(),
                    "-Dmetrokaart.pseudonym.key-file=" + temp.resolve("pseudonym.key"),
                    "-Dmetrokaart.logs=" + temp.resolve("logs"),
                    Launcher.class.getName(),
                    "run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10",
                    "--warehouse", workspace.warehouse().toString(), "--out", workspace.out().toString()))
                    .redirectErrorStream(true)
                    .start();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).as(output).isEqualTo(ExitCodes.WAREHOUSE_BUSY);
            assertThat(output)
                    .contains("is in use by another process (pid " + ProcessHandle.current().pid())
                    .contains("Wait until that run has finished")
                    .doesNotContain("\tat ");
        }
    }

    /** The application as the jar runs it: without the test classes (and their console logging). */
    private static String applicationClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
