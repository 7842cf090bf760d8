package nl.metrokaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A wrong warehouse path is told in a sentence, and a read-only command never creates a warehouse. */
class WarehousePathMessagesTest {

    @TempDir
    Path temp;

    /** The test's own key, logs and work folder; the warehouse path is each test's own. */
    private Workspace workspace() {
        return new Workspace(temp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "history", "query", "export"})
    void aReadOnlyCommandOnAMistypedPathCreatesNothingAndSaysHowToMakeOne(String command) {
        Path typo = temp.resolve("dta").resolve("metrokaart.duckdb");

        Result result = command.equals("query")
                ? workspace().exactly("query", "--sql", "SELECT 1", "--warehouse", typo.toString())
                : workspace().exactly(command, "--warehouse", typo.toString(), "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).as(result.toString())
                .contains("There is no warehouse at " + typo + ". Read-only commands never create one")
                .contains("./metrokaart ingest FOLDER")
                .doesNotContain("Unexpected error").doesNotContain("\tat ");
        assertThat(typo.getParent()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "ingest"})
    void aFolderIsNoWarehouse(String command) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));

        Result result = run(command, folder);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).as(result.toString())
                .contains("The warehouse path " + folder + " is a folder, not a DuckDB file: name the file itself, e.g. --warehouse "
                        + folder.resolve("metrokaart.duckdb"))
                .doesNotContain("Unexpected error").doesNotContain("SQLException").doesNotContain("\tat ");
        assertThat(folder).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "history", "query", "ingest"})
    void aFileThatIsNotDuckDbIsNamedAndLeftAlone(String command) throws Exception {
        Path notDuckDb = Files.writeString(temp.resolve("report.xlsx"), "PK this is a workbook, not a warehouse\n".repeat(100));
        byte[] before = Files.readAllBytes(notDuckDb);

        Result result = run(command, notDuckDb);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).as(result.toString())
                .contains("The warehouse " + notDuckDb + " is not a DuckDB database file")
                .contains("restore the warehouse from a backup")
                .doesNotContain("Unexpected error").doesNotContain("SQLException").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(notDuckDb)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "history", "query"})
    void aWarehouseOfAnOlderVersionIsNotMigratedByAReaderButNamed(String command) throws Exception {
        Path old = temp.resolve("old.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + old); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, checksum VARCHAR, applied_at TIMESTAMP)");
            s.execute("INSERT INTO schema_version VALUES (1, 'job repository', 'x', now()), (2, 'warehouse', 'x', now())");
        }

        Result result = run(command, old);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).as(result.toString())
                .contains("The warehouse " + old + " was made by an older release of Metrokaart (schema V2")
                .contains("Read-only commands never change it").contains("./metrokaart upgrade").doesNotContain("\tat ");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + old); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void doctorNamesAFolderGivenAsWarehouse() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));

        Result result = workspace().exactly("doctor", "--warehouse", folder.toString(), "--out", temp.resolve("out").toString(),
                "--inbox", temp.resolve("inbox").toString());

        assertThat(result.out()).as(result.toString()).contains("PROBLEM  Warehouse " + folder + " is a folder, not a file");
        assertThat(result.out()).doesNotContain("chmod u+w " + folder);
    }

    private Result run(String command, Path warehouse) {
        return switch (command) {
            case "query" -> workspace().exactly("query", "--sql", "SELECT 1", "--warehouse", warehouse.toString());
            case "ingest" -> workspace().exactly("ingest", Workspace.SAMPLE_DELIVERY.toString(), "--warehouse", warehouse.toString(),
                    "--out", temp.resolve("out").toString());
            default -> workspace().exactly(command, "--warehouse", warehouse.toString(), "--out", temp.resolve("out").toString());
        };
    }
}
