package nl.metrokaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void anUnknownCommandShowsTheUsageAndExitsTwo() {
        Result result = Workspace.raw("bogus");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'bogus'").contains("Usage: metrokaart").contains("Commands:");
    }

    @Test
    void aMonthThatDoesNotExistIsAUsageError() {
        Result result = Workspace.raw("run", "--input", "sample-data/delivery", "--month", "2026-13");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'2026-13' is not a month: expected YYYY-MM").contains("Usage: metrokaart run");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String[] command : new String[][]{{"ingest"}, {"report", "monthly"}, {"run"}, {"status"}, {"generate"},
                {"history"}, {"restart"}, {"abandon"}, {"inbox"}, {"schedule"}, {"doctor"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            Result result = Workspace.raw(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(result.out()).as(String.join(" ", args)).contains("Usage: metrokaart " + String.join(" ", command));
        }
    }

    @Test
    void theWarehouseOptionIsAcceptedBeforeAndAfterTheSubcommand(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path before = temp.resolve("before.duckdb");
        Path after = temp.resolve("after.duckdb");

        // status never creates a warehouse: it names the path it was given, in either position.
        Result first = Workspace.raw("--warehouse", before.toString(), "status");
        Result second = Workspace.raw("status", "--warehouse", after.toString(), "--json");

        assertThat(first.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(first.err()).contains("There is no warehouse at " + before);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(second.err()).contains("There is no warehouse at " + after);
        assertThat(before).doesNotExist();
        assertThat(after).doesNotExist();
        assertThat(workspace.root()).isEqualTo(temp);
    }

    @Test
    void aMissingDeliveryFolderIsOneLineWithoutStackTrace(@TempDir Path temp) {
        Workspace workspace = new Workspace(temp);

        Result result = workspace.cli("ingest", temp.resolve("no-such-folder").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("no-such-folder does not exist").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
