package nl.metrokaart.reportjobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Werkplekcoaches sheets of both reports on the golden fixture, against the values derived by
 * hand in golden/README.md (section Werkplekcoaches): the board sees every count, the funder sees
 * counts of fewer than 5 people as {@code <5}.
 */
class CoachReportTest {

    @TempDir
    static Path temp;
    static Workspace workspace;

    @BeforeAll
    static void ingestTheGoldenDelivery() throws URISyntaxException {
        workspace = new Workspace(temp);
        Path delivery = Path.of(Objects.requireNonNull(CoachReportTest.class.getResource("/golden/delivery")).toURI());
        Result ingest = workspace.cli("ingest", delivery.toString());
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    }

    @Test
    void theMonthlySheetShowsTheMonthTheYearAndEverythingUpToTheReportDate() throws Exception {
        Result result = workspace.cli("report", "monthly", "--month", "2026-06");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = ReportsFunctionalTest.open(workspace.out().resolve("maandrapportage-2026-06.xlsx"))) {
            assertThat(ReportsFunctionalTest.names(workbook)).containsSubsequence("Certificaten", "Werkplekcoaches", "Datakwaliteit");
            Sheet sheet = workbook.getSheet("Werkplekcoaches");
            // June; 2026 up to June (coach_reach over the golden period); everything up to 30 June.
            assertThat(values(sheet, "Coaches getraind")).containsExactly("1", "4", "5");
            assertThat(values(sheet, "Bedrijven met hun eerste werkplekcoach")).containsExactly("0", "2", "3");
            assertThat(values(sheet, "Bedrijven met een werkplekcoach (op de peildatum)")).containsExactly("", "", "3");
            assertThat(values(sheet, "waarvan mkb")).containsExactly("", "", "2");
            assertThat(values(sheet, "Actieve coaches (met een coachactiviteit)")).containsExactly("3", "6", "6");
            assertThat(values(sheet, "Coachactiviteiten")).containsExactly("3", "11", "12");
            assertThat(values(sheet, "Collega-contacten (collega's per activiteit opgeteld)")).containsExactly("6", "24", "27");
            assertThat(values(sheet, "Collega's bereikt (ten minste)")).containsExactly("6", "20", "22");
            assertThat(values(sheet, "waarvan bij naam bekend")).containsExactly("3", "8", "8");
            assertThat(values(sheet, "Coachuren")).containsExactly("2.5", "12", "14");
            assertThat(values(sheet, "Activiteiten van coaches die (nog) in geen coachbestand staan")).containsExactly("1", "2", "2");
            // The named colleagues up to d, followed: Nina, Olaf and Tess started a run after; Nina, Uma, Olaf and Tess earned a badge.
            assertThat(values(sheet, "Collega's bij naam gecoacht")).startsWith("8");
            assertThat(values(sheet, "daarna gestart in een run van een lijn")).startsWith("3", "0.375");
            assertThat(values(sheet, "daarna een badge behaald")).startsWith("4", "0.5");
            assertThat(values(sheet, "ROOD")).containsExactly("0", "1", "1");
            assertThat(values(sheet, "Werkplekcoach basis")).containsExactly("0", "3", "4");
            assertThat(values(sheet, "(geen traject genoemd)")).containsExactly("1", "1", "1");
        }
    }

    @Test
    void theImpactSheetHidesSmallCountsOfPeople() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2026-01", "--to", "2026-06");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = ReportsFunctionalTest.open(workspace.out().resolve("impactrapportage-2026-01-tot-2026-06.xlsx"))) {
            Sheet sheet = workbook.getSheet("Werkplekcoaches");
            // Q1, Q2, the period. Companies are no people; four colleagues first coached in each quarter are.
            assertThat(values(sheet, "Bedrijven met hun eerste werkplekcoach")).containsExactly("2", "0", "2");
            assertThat(values(sheet, "Bedrijven met een werkplekcoach (eind kwartaal)")).containsExactly("3", "3", "3");
            assertThat(values(sheet, "Coaches getraind")).containsExactly("<5", "<5", "<5");
            assertThat(values(sheet, "Collega's voor het eerst bij naam gecoacht")).containsExactly("<5", "<5", "8");
            assertThat(values(sheet, "Collega-contacten (collega's per activiteit opgeteld)")).containsExactly("6", "18", "24");
            assertThat(values(sheet, "daarna gestart in een run van een lijn")).containsExactly("<5", "<5", "<5");
            assertThat(values(sheet, "Coachuren")).containsExactly("4.5", "7.5", "12");
        }
        assertThat(workspace.strings("SELECT count(*) FROM coach")).containsExactly("7");
    }

    /** The cells right of the row labelled {@code label}, as shown: numbers plainly, hidden figures as their mark. */
    private static List<String> values(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : cell.getCellType() == CellType.NUMERIC ? plain(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                return values;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
