package nl.metrokaart.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the committed sample delivery, from the command line to the workbook read back. */
class RunJobFunctionalTest {

    @Test
    void theMainJobWritesTheMonthlyWorkbookWithOccupancyPerRun(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);

        Result result = workspace.cli("run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path workbookFile = workspace.out().resolve("maandrapportage-2026-10.xlsx");
        assertThat(result.out()).contains("Wrote " + workbookFile);
        assertThat(workspace.out().resolve("maandrapportage-2026-10-bezetting.png")).isNotEmptyFile();

        try (XSSFWorkbook workbook = Workbooks.open(workbookFile)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Overzicht");
            assertThat(workbook.getSheetName(1)).isEqualTo("Samenvatting");
            XSSFSheet occupancy = workbook.getSheet("Bezetting");
            assertThat(occupancy.getTables()).extracting(t -> t.getName()).containsExactly("Bezetting");
            assertThat(occupancy.getDrawingPatriarch().getShapes()).hasSize(1);

            // Counted by hand in sample-data/delivery/enrolments.csv: GEEL-2026-07 has 20 people on
            // its rows, one of whom cancelled every row, so 19 participants against GEEL's band 8-20.
            Row geel = runRow(occupancy, "GEEL-2026-07");
            assertThat(geel.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(geel.getCell(5).getNumericCellValue()).isEqualTo(19);
            assertThat(geel.getCell(7).getNumericCellValue()).isEqualTo(20);
            assertThat(geel.getCell(8).getNumericCellValue()).isEqualTo(0.95);
            assertThat(geel.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(geel.getCell(9).getStringCellValue()).isEqualTo("binnen band");

            // ROOD-2026-10 (sessions 5 and 19 October) has 7 participants: under ROOD's minimum of 8.
            Row rood = runRow(occupancy, "ROOD-2026-10");
            assertThat(rood.getCell(5).getNumericCellValue()).isEqualTo(7);
            assertThat(rood.getCell(9).getStringCellValue()).isEqualTo("onder minimum");
        }

        assertThat(workspace.count("SELECT count(*) FROM enrolment WHERE participant_key LIKE '%@%'")).isZero();
        // The sample's only bad rows: four in its coaches files and three in its leercultuurscan (a kvk without its
        // leading zero rejects all six answers of its row), as real sheets and forms have them.
        assertThat(workspace.strings("SELECT file_name || ' ' || count(*) FROM reject GROUP BY file_name ORDER BY 1"))
                .containsExactly("coachactiviteiten.csv 3", "leercultuurscan-2026.csv 8", "werkplekcoaches.csv 1");
    }

    @Test
    void statusShowsTheFilesTheRunsAndHowFreshEachSourceIs(@TempDir Path temp) {
        // the sample ingested once per test JVM, by the same command (LoadedWarehouse)
        Workspace workspace = LoadedWarehouse.sample(temp);
        assertThat(LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY).exitCode()).isZero();

        Result status = workspace.cli("status", "--json");

        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out())
                .contains("\"name\" : \"enrolments.csv\"").contains("\"kind\" : \"enrolments\"")
                .contains("\"read\" : 1559").contains("\"loaded\" : 1559").contains("\"rejected\" : 0")
                .contains("\"job\" : \"ingest\"").contains("\"status\" : \"COMPLETED\"")
                .contains("\"source\" : \"enrolments\"").contains("\"data_up_to\" : \"2026-10-");
    }

    @Test
    void ingestingTheSameDeliveryAgainChangesNothing(@TempDir Path temp) throws Exception {
        Workspace workspace = LoadedWarehouse.sample(temp);
        assertThat(LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY).exitCode()).isZero();
        long enrolments = workspace.count("SELECT count(*) FROM enrolment");

        Result again = workspace.cli("ingest", Workspace.SAMPLE_DELIVERY.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("ingested before with the same content: nothing to do");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(enrolments).isEqualTo(1559);
    }

    private static Row runRow(XSSFSheet sheet, String runCode) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(runCode)) {
                return row;
            }
        }
        throw new AssertionError("no row for run " + runCode + " on sheet " + sheet.getSheetName());
    }
}
