package nl.metrokaart.reportjobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three reports on the golden fixture with its scans (golden/README.md, Leercultuurscan): the
 * numbers the sheets show are the golden marts' numbers, hidden where a company's scan had fewer
 * than k respondents.
 */
class LeercultuurReportTest {

    private static final Path GOLDEN = resource("/golden");

    @TempDir
    static Path temp;

    private static Workspace workspace;

    @BeforeAll
    static void ingest() {
        workspace = LoadedWarehouse.goldenWithScans(temp); // the golden delivery, then its scans: both ingests exit 0
    }

    @Test
    void theMonthlyReportShowsEachCompanysLatestScan() throws Exception {
        Result result = workspace.cli("report", "monthly", "--month", "2026-06");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = open("maandrapportage-2026-06.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Leercultuur");
            // columns: kvk, name, scan, date, respondents, RUIMTE FEEDBACK KENNIS, their changes, previous scan; by name
            Row alfa = sheet.getRow(4);
            assertThat(alfa.getCell(1).getStringCellValue()).isEqualTo("Alfa Techniek B.V.");
            assertThat(alfa.getCell(2).getStringCellValue()).isEqualTo("2026-05");
            assertThat(alfa.getCell(5).getNumericCellValue()).isEqualTo(3.8, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(alfa.getCell(8).getNumericCellValue()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
            // KENNIS of January had 4 respondents: its change is hidden with it
            assertThat(alfa.getCell(10).getStringCellValue()).isEqualTo("\u00d7");
            Row bravo = sheet.getRow(5);
            assertThat(bravo.getCell(1).getStringCellValue()).isEqualTo("Bravo Metaal B.V.");
            assertThat(bravo.getCell(4).getStringCellValue()).isEqualTo("<5");
            assertThat(bravo.getCell(5).getStringCellValue()).isEqualTo("\u2013");
            assertThat(texts(sheet)).contains("Alle dimensies", "hoog", "vanaf 3,67");
        }
    }

    @Test
    void aMonthBeforeAnyScanSaysSo() throws Exception {
        Result result = workspace.cli("report", "monthly", "--month", "2025-12", "--lang", "en");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = open("monthly-report-2025-12.xlsx")) {
            assertThat(texts(workbook.getSheet("Learning culture"))).contains("There is no learning-culture scan up to this date yet.",
                    "All dimensions");
        }
    }

    @Test
    void theImpactReportNamesNoCompany() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2026-01", "--to", "2026-06");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = open("impactrapportage-2026-01-tot-2026-06.xlsx")) {
            List<String> texts = texts(workbook.getSheet("Leercultuur"));
            assertThat(texts).doesNotContain("Alfa Techniek B.V.", "01234567").contains("RUIMTE", "Ruimte om te leren", "3.2", "2.75");
        }
    }

    @Test
    void thePlanShowsTheCompanysScan() throws Exception {
        Result result = workspace.cli("report", "plan", "--company", "01234567", "--date", "2026-06-30");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (XSSFWorkbook workbook = open("opleidingsplan-01234567-2026-06-30.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Leercultuur");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Scan 2026-05 van 12 mei 2026, 5 respondenten");
            assertThat(texts(sheet)).contains("RUIMTE", "3.8", "1.5", "\u2013");
        }
    }

    private static XSSFWorkbook open(String name) throws Exception {
        try (InputStream in = Files.newInputStream(workspace.out().resolve(name))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
        return texts;
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(LeercultuurReportTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
