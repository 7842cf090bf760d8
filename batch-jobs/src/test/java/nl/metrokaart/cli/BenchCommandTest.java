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
}
