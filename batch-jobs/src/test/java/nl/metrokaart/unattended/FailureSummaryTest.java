package nl.metrokaart.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed unattended run leaves a summary beside the reports, and hands it to the failure command (e.g. mail) when one is set. */
class FailureSummaryTest {

    @Test
    void writesTheSummaryAndRunsTheFailureCommandWithIt(@TempDir Path temp) throws Exception {
        Path sent = temp.resolve("sent.txt");
        FailureSummary summaries = new FailureSummary(temp.resolve("out"),
                "{ echo \"$METROKAART_FAILURE_SUBJECT\"; cat \"$METROKAART_FAILURE_FILE\"; } > '" + sent + "'");

        Path file = summaries.write("report-2026-10", "Metrokaart: the monthly report for 2026-10 failed", "Why:\n  the disk was full");

        assertThat(file.getParent()).isEqualTo(temp.resolve("out"));
        assertThat(file.getFileName().toString()).startsWith("failed-").endsWith("-report-2026-10.txt");
        assertThat(file).content().startsWith("Metrokaart: the monthly report for 2026-10 failed").contains("the disk was full");
        assertThat(sent).content().startsWith("Metrokaart: the monthly report for 2026-10 failed\nMetrokaart: the monthly").contains("the disk was full");
    }
}
