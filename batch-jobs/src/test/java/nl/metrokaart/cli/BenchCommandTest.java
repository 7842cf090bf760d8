package nl.metrokaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks at a tiny size, to keep them working; their timings are for the README, not for tests. */
class BenchCommandTest {

    @Test
    void ingestBenchmarkReportsBothTimesAndTheirRatio(@TempDir Path temp) throws Exception {
        Result result = Workspace.raw("bench", "ingest", "--rows", "500", "--out", temp.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("ingest job (checks, pseudonyms, rejects)").contains("floor: DuckDB read_csv").contains("ratio ingest / floor");
        String json = Files.readString(temp.resolve("bench-ingest.json"));
        assertThat(json).contains("\"benchmark\":\"ingest\"").contains("\"rejected\":");
        // 2 per mille of the rows are made bad on purpose, so rejects are part of what is timed.
        assertThat(json).doesNotContain("\"rejected\":0,");
    }

    @Test
    void pipelineBenchmarkRunsTheMainJobInAJvmOfItsOwn(@TempDir Path temp) throws Exception {
        Result result = Workspace.raw("bench", "pipeline", "--participants", "60", "--out", temp.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("whole run, JVM start included").contains("(exit code 0)")
                .contains("step enrolments").contains("step monthlyReport").contains("mart conversion");
        assertThat(Files.readString(temp.resolve("bench-pipeline.json"))).contains("\"benchmark\":\"pipeline\"").contains("\"exit_code\":0");
    }

    /**
     * Kept tiny (each JVM start counts): the floor and status once, in JVMs of their own, on a just
     * created warehouse. The full set is for notes-startup.md, not for tests.
     */
    @Test
    void startupBenchmarkTimesACommandAgainstTheFloorInFreshJvms(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        assertThat(workspace.cli("upgrade").exitCode()).isZero(); // creates the (empty) warehouse: readers never do

        Result result = workspace.exactly("bench", "startup", "--repeat", "1", "--only", "status", "--warehouse", workspace.warehouse().toString(),
                "--out", temp.resolve("bench").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("floor (bare JVM + DuckDB)").contains("status").doesNotContain("(exit code")
                .doesNotContain("history").doesNotContain("run (fresh warehouse)");
        String json = Files.readString(temp.resolve("bench").resolve("bench-startup.json"));
        assertThat(json).contains("\"benchmark\":\"startup\"").contains("\"name\":\"status\"").contains("\"cpu_ratio\":")
                .doesNotContain("NaN").doesNotContain("\"exit_code\":1");
    }
}
