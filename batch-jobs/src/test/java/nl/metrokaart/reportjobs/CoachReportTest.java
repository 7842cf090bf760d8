package nl.metrokaart.reportjobs;

import static nl.metrokaart.testing.Workbooks.open;
import static nl.metrokaart.testing.Workbooks.sheetNames;
import static nl.metrokaart.testing.Workbooks.valuesRightOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

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
        try (XSSFWorkbook workbook = open(workspace.out().resolve("maandrapportage-2026-06.xlsx"))) {
            assertThat(sheetNames(workbook)).containsSubsequence("Certificaten", "Werkplekcoaches", "Datakwaliteit");
            Sheet sheet = workbook.getSheet("Werkplekcoaches");
            // June; 2026 up to June (coach_reach over the golden period); everything up to 30 June.
            assertThat(valuesRightOf(sheet, "Coaches getraind")).containsExactly("1", "4", "5");
            assertThat(valuesRightOf(sheet, "Bedrijven met hun eerste werkplekcoach")).containsExactly("0", "2", "3");
            assertThat(valuesRightOf(sheet, "Bedrijven met een werkplekcoach (op de peildatum)")).containsExactly("", "", "3");
            assertThat(valuesRightOf(sheet, "waarvan mkb")).containsExactly("", "", "2");
            assertThat(valuesRightOf(sheet, "Actieve coaches (met een coachactiviteit)")).containsExactly("3", "6", "6");
            assertThat(valuesRightOf(sheet, "Coachactiviteiten")).containsExactly("3", "11", "12");
            assertThat(valuesRightOf(sheet, "Collega-contacten (collega's per activiteit opgeteld)")).containsExactly("6", "24", "27");
            assertThat(valuesRightOf(sheet, "Collega's bereikt (ten minste)")).containsExactly("6", "20", "22");
            assertThat(valuesRightOf(sheet, "waarvan bij naam bekend")).containsExactly("3", "8", "8");
            assertThat(valuesRightOf(sheet, "Coachuren")).containsExactly("2.5", "12", "14");
            assertThat(valuesRightOf(sheet, "Activiteiten van coaches die (nog) in geen coachbestand staan")).containsExactly("1", "2", "2");
            // The named colleagues up to d, followed: Nina, Olaf and Tess started a run after; Nina, Uma, Olaf and Tess earned a badge.
            assertThat(valuesRightOf(sheet, "Collega's bij naam gecoacht")).startsWith("8");
            assertThat(valuesRightOf(sheet, "daarna gestart in een run van een lijn")).startsWith("3", "0.375");
            assertThat(valuesRightOf(sheet, "daarna een badge behaald")).startsWith("4", "0.5");
            assertThat(valuesRightOf(sheet, "ROOD")).containsExactly("0", "1", "1");
            assertThat(valuesRightOf(sheet, "Werkplekcoach basis")).containsExactly("0", "3", "4");
            assertThat(valuesRightOf(sheet, "(geen traject genoemd)")).containsExactly("1", "1", "1");
        }
    }

    @Test
    void theImpactSheetHidesSmallCountsOfPeople() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2026-01", "--to", "2026-06");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = open(workspace.out().resolve("impactrapportage-2026-01-tot-2026-06.xlsx"))) {
            Sheet sheet = workbook.getSheet("Werkplekcoaches");
            // Q1, Q2, the period. Companies are no people; four colleagues first coached in each quarter are.
            assertThat(valuesRightOf(sheet, "Bedrijven met hun eerste werkplekcoach")).containsExactly("2", "0", "2");
            assertThat(valuesRightOf(sheet, "Bedrijven met een werkplekcoach (eind kwartaal)")).containsExactly("3", "3", "3");
            assertThat(valuesRightOf(sheet, "Coaches getraind")).containsExactly("<5", "<5", "<5");
            assertThat(valuesRightOf(sheet, "Collega's voor het eerst bij naam gecoacht")).containsExactly("<5", "<5", "8");
            assertThat(valuesRightOf(sheet, "Collega-contacten (collega's per activiteit opgeteld)")).containsExactly("6", "18", "24");
            assertThat(valuesRightOf(sheet, "daarna gestart in een run van een lijn")).containsExactly("<5", "<5", "<5");
            assertThat(valuesRightOf(sheet, "Coachuren")).containsExactly("4.5", "7.5", "12");
        }
        assertThat(workspace.strings("SELECT count(*) FROM coach")).containsExactly("7");
    }

}
