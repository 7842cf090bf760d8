package nl.metrokaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** query and export on a warehouse holding the sample delivery, as an analyst would use them. */
class AnalystAccessTest {

    @TempDir
    static Path temp;
    static Workspace workspace;

    @BeforeAll
    static void ingestTheSample() {
        workspace = LoadedWarehouse.sample(temp);
        Result ingest = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);
        assertThat(ingest.exitCode()).as(ingest.toString()).isIn(0, 1);
    }

    @Test
    void conversionAsCsvShowsCountsNextToRates() {
        Result result = workspace.cli("query", "--sql", "SELECT * FROM conversion(DATE '2026-10-31', 12)", "--format", "csv", "--out=");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines().findFirst()).hasValue("run_code,cohort_size,converted,conversion_rate,window_open,median_days_to_convert");
        assertThat(result.out().lines().count()).isEqualTo(25);
        assertThat(result.out()).contains("GEEL-2026-07,19,");
    }

    @Test
    void aQueryCanBeWrittenAsAWorkbookOrParquet() throws Exception {
        Path xlsx = temp.resolve("occupancy.xlsx");
        Result workbook = workspace.cli("query", "--sql", "SELECT * FROM run_occupancy ORDER BY run_code", "--out", xlsx.toString());

        assertThat(workbook.exitCode()).as(workbook.toString()).isZero();
        try (XSSFWorkbook book = Workbooks.open(xlsx)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("participants");
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getLastRowNum()).isEqualTo(24);
        }

        Path parquet = temp.resolve("gaps.parquet");
        Result written = workspace.cli("query", "--sql", "SELECT * FROM skill_gap(DATE '2026-10-31')", "--out", parquet.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM read_parquet('" + parquet + "')"))
                .isEqualTo(workspace.count("SELECT count(*) FROM skill_gap(DATE '2026-10-31')")).isPositive();
    }

    @Test
    void aQueryCannotChangeTheWarehouse() {
        Result result = workspace.cli("query", "--sql", "DELETE FROM enrolment");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("The query failed").contains("read-only");
    }

    /**
     * query is a sandbox: each way out of the warehouse is refused with a sentence, writes
     * nothing, and never shows the pseudonym key (with the sealed addresses it recovers them all).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "COPY (SELECT * FROM enrolment) TO '{dir}/leak.csv'",
            "COPY enrolment TO '{dir}/leak.parquet' (FORMAT parquet)",
            "EXPORT DATABASE '{dir}/leak'",
            "INSTALL httpfs",
            "LOAD httpfs",
            "SELECT * FROM read_text('{key}')",
            "SELECT * FROM read_csv('/etc/passwd')",
            "SELECT * FROM glob('/etc/*')",
            "ATTACH '{dir}/leak.duckdb' AS leak",
            "SET enable_external_access = true",
            "SET allowed_directories = ['/']",
            "RESET lock_configuration"})
    void aQueryCannotLeaveTheWarehouse(String statement) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("sandbox"));
        Path key = temp.resolve("key").resolve("pseudonym.key");
        String keyText = Files.readString(key).strip();
        String sql = statement.replace("{dir}", dir.toString()).replace("{key}", key.toString());

        Result result = workspace.cli("query", "--sql", sql);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).as(result.toString())
                .startsWith("Refused: query only reads the warehouse")
                .contains("use --out FILE")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(result.out() + result.err()).doesNotContain(keyText).doesNotContain("root:x:0:0");
        assertThat(dir).isEmptyDirectory();
        assertThat(Path.of("leak.csv")).doesNotExist();
    }

    @Test
    void theSandboxStillWritesTheOutFileTheCommandItselfWritesAndNothingElse() throws Exception {
        Path out = temp.resolve("only-this.parquet");
        Path key = temp.resolve("key").resolve("pseudonym.key");
        // Allowing the --out file opens nothing else: the key stays out of reach.
        Result sneaky = workspace.cli("query", "--sql", "SELECT * FROM read_text('" + key + "')", "--out", out.toString());

        assertThat(sneaky.exitCode()).as(sneaky.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(sneaky.err()).startsWith("Refused: query only reads the warehouse");
        assertThat(out).doesNotExist();

        Result written = workspace.cli("query", "--sql", "SELECT count(*) AS n FROM enrolment", "--out", out.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(workspace.count("SELECT n FROM read_parquet('" + out + "')")).isEqualTo(1559);
    }

    @Test
    void exportWritesEveryMart() throws Exception {
        Path folder = temp.resolve("bi");
        Result result = workspace.cli("export", "--out", folder.toString(), "--date", "2026-10-31", "--format", "csv");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        for (String[] mart : ExportCommand.MARTS) {
            assertThat(folder.resolve(mart[0] + ".csv")).as(mart[0]).exists();
        }
        assertThat(Files.readAllLines(folder.resolve("run_occupancy.csv"))).hasSize(25);
    }
}
