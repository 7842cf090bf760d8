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

    /** On a small warehouse, once each, without the fresh-warehouse run: every command measured against the floor in JVMs of their own. */
    @Test
    void startupBenchmarkTimesEachCommandAgainstTheFloor(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        assertThat(workspace.cli("ingest", Workspace.SAMPLE_DELIVERY.toString()).exitCode()).isZero();

        Result result = Workspace.raw("bench", "startup", "--repeat", "1", "--skip-run", "--warehouse", workspace.warehouse().toString(),
                "--out", temp.resolve("bench").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("floor (bare JVM + DuckDB)").contains("status").contains("history").contains("query")
                .contains("report monthly --month 2026-10").doesNotContain("(exit code").doesNotContain("run (fresh warehouse)");
        String json = Files.readString(temp.resolve("bench").resolve("bench-startup.json"));
        assertThat(json).contains("\"benchmark\":\"startup\"").contains("\"name\":\"status\"").contains("\"cpu_ratio\":")
                .doesNotContain("NaN").doesNotContain("\"exit_code\":1");
    }
}
