package nl.metrokaart.reportjobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report plan} and {@code report map} on the committed sample delivery, through the real command line. */
class PlanAndMapReportTest {

    /** The sample company with the most participants (18), employees of ROOD and GEEL runs among others. */
    private static final String KVK = "08307756";
    private static final String DATE = "2026-10-31";

    @TempDir
    static Path temp;
    static Workspace workspace;

    @BeforeAll
    static void ingestTheSampleDelivery() {
        workspace = LoadedWarehouse.sample(temp);
        Result ingest = LoadedWarehouse.ingestOf(Workspace.SAMPLE_DELIVERY);
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    }

    @Test
    void thePlanOfASampleCompanyHoldsTheMartsGapsAndOnlyModulesThatReachTheTargetAndWereNotAttended() throws Exception {
        Result result = workspace.cli("report", "plan", "--company", KVK, "--date", DATE);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path file = workspace.out().resolve("opleidingsplan-" + KVK + "-" + DATE + ".xlsx");
        assertThat(result.out()).contains("Wrote " + file);
        assertThat(workspace.out().resolve("opleidingsplan-" + KVK + "-" + DATE + "-metrokaart.png")).isNotEmptyFile();

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in);
             Connection warehouse = workspace.connect()) {
            XSSFSheet overview = workbook.getSheetAt(0);
            assertThat(overview.getSheetName()).isEqualTo("Overzicht");
            assertThat(overview.getDrawingPatriarch().getShapes()).singleElement().isInstanceOf(XSSFPicture.class);

            // Per employee and skill: the gap and current level are skill_gap's for that participant.
            XSSFSheet gaps = workbook.getSheet("Per medewerker");
            assertThat(gaps.getTables()).extracting(t -> t.getName()).containsExactly("Tekorten");
            List<Row> rows = rows(gaps, 4);
            Set<String> employees = new HashSet<>();
            Set<String> keys = new HashSet<>();
            int rated = 0;
            for (Row row : rows) {
                String employee = row.getCell(0).getStringCellValue();
                String key = row.getCell(1).getStringCellValue();
                String skill = row.getCell(2).getStringCellValue();
                employees.add(employee);
                keys.add(key);
                assertThat(key).matches("[0-9a-f]{8}");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                Object[] mart = single(warehouse, "SELECT max(gap), any_value(current_level), max(target_level), any_value(company_kvk), "
                        + "count(DISTINCT participant_key) FROM skill_gap(DATE '" + DATE + "') WHERE participant_key LIKE ? AND skill_code = ?",
                        key + "%", skill);
                assertThat(((Number) mart[4]).intValue()).as("one participant per key prefix").isEqualTo(1);
                assertThat(mart[3]).isEqualTo(KVK);
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(((Number) mart[2]).doubleValue());
                if (mart[0] == null) {
                    assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
                    assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("niet beoordeeld");
                } else {
                    rated++;
                    assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(((Number) mart[1]).doubleValue());
                    assertThat(row.getCell(7).getNumericCellValue()).as(employee + " " + skill).isEqualTo(((Number) mart[0]).doubleValue());
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo(((Number) mart[0]).intValue() > 0 ? "tekort" : "op doelniveau");
                }
                // SM-STOR's target in profile SMT is 4 and no module of the sample catalogue goes beyond 3.
                if (skill.equals("SM-STOR") && row.getCell(8).getStringCellValue().equals("tekort")) {
                    assertThat(row.getCell(11).getStringCellValue()).isEqualTo("geen module in de catalogus brengt niveau 4");
                }
            }
            assertThat(keys).hasSameSizeAs(employees);
            assertThat(rated).isPositive().isLessThan(rows.size());
            assertThat(count(warehouse, "SELECT count(DISTINCT participant_key) FROM skill_gap(DATE '" + DATE + "') WHERE company_kvk = ?"))
                    .isEqualTo(employees.size());
            assertThat(count(warehouse, "SELECT count(*) FROM (SELECT DISTINCT participant_key, skill_code FROM skill_gap(DATE '"
                    + DATE + "') WHERE company_kvk = ?)")).isEqualTo(rows.size());

            // Every suggestion reaches the target and was not attended by that employee.
            XSSFSheet suggestions = workbook.getSheet("Voorstellen");
            List<Row> suggested = rows(suggestions, 4);
            assertThat(suggested).isNotEmpty();
            for (Row row : suggested) {
                String key = row.getCell(1).getStringCellValue();
                String skill = row.getCell(2).getStringCellValue();
                String module = row.getCell(5).getStringCellValue();
                assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
                Object[] level = single(warehouse, "SELECT ms.level, m.hours FROM module_skill ms JOIN module m USING (module_code) "
                        + "WHERE ms.module_code = ? AND ms.skill_code = ?", module, skill);
                assertThat(((Number) level[0]).doubleValue()).as(module + " for " + skill)
                        .isEqualTo(row.getCell(9).getNumericCellValue())
                        .isGreaterThanOrEqualTo(row.getCell(10).getNumericCellValue());
                assertThat(((Number) level[1]).doubleValue()).isEqualTo(row.getCell(8).getNumericCellValue());
                Object[] attended = single(warehouse, "SELECT count(*) FROM enrolment WHERE participant_key LIKE ? AND module_code = ? "
                        + "AND status <> 'geannuleerd' AND attendance IN ('aanwezig', 'te laat') AND session_date <= DATE '" + DATE + "'",
                        key + "%", module);
                assertThat(((Number) attended[0]).longValue()).as(key + " attended " + module).isZero();
                Object[] lijnen = single(warehouse, "SELECT string_agg(lijn_code, ', ' ORDER BY lijn_code) FROM lijn_module WHERE module_code = ?", module);
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(lijnen[0]);
            }
            assertThat(count(warehouse, "SELECT count(*) FROM training_suggestion(DATE '" + DATE + "') WHERE company_kvk = ?"))
                    .isEqualTo(suggested.size());
            // Modules attended are left out: with them the catalogue would offer this company's gaps more.
            assertThat(count(warehouse, "SELECT count(*) FROM participant_skill_gap(DATE '" + DATE + "') g "
                    + "JOIN module_skill ms ON ms.skill_code = g.skill_code AND ms.level >= g.target_level "
                    + "WHERE (g.gap > 0 OR g.current_level IS NULL) AND g.company_kvk = ?")).isGreaterThan(suggested.size());

            XSSFSheet modules = workbook.getSheet("Per module");
            List<Row> perModule = rows(modules, 4);
            assertThat(perModule).isNotEmpty();
            for (Row row : perModule) {
                String module = row.getCell(0).getStringCellValue();
                long helped = suggested.stream().filter(s -> s.getCell(5).getStringCellValue().equals(module))
                        .map(s -> s.getCell(1).getStringCellValue()).distinct().count();
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getNumericCellValue()).as(module).isEqualTo(helped);
            }
        }
    }

    @Test
    void thePlanAlsoComesInEnglish() {
        Result result = workspace.cli("report", "plan", "--company", KVK, "--date", DATE, "--lang", "en");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.out().resolve("training-plan-" + KVK + "-" + DATE + ".xlsx")).isNotEmptyFile();
    }

    @Test
    void anUnknownKvkNumberExitsOneWithAMessage() {
        Result result = workspace.cli("report", "plan", "--company", "12345678");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("KVK 12345678 is not a known company").doesNotContain("Exception");
        assertThat(workspace.out().resolve("opleidingsplan-12345678-" + java.time.LocalDate.now() + ".xlsx")).doesNotExist();
    }

    @Test
    void aKvkNumberWithoutItsLeadingZeroGetsTheHint() {
        Result result = workspace.cli("report", "plan", "--company", "8307756");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("'8307756' is not a KVK number").contains("try 08307756");
    }

    @Test
    void aCompanyWithoutParticipantsExitsOneWithAMessage(@TempDir Path folder) throws Exception {
        Workspace own = new Workspace(folder.resolve("workspace"));
        Path delivery = Files.createDirectories(folder.resolve("delivery"));
        TestDelivery.withSampleCatalogue(delivery);
        Files.writeString(delivery.resolve("companies.csv"), "kvk,name,sbi,sector,employees,region\n"
                + "01234567,Leeg B.V.,25.62,metaal,12,Twente\n");
        Result ingest = own.cli("ingest", delivery.toString());
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();

        Result result = own.cli("report", "plan", "--company", "01234567", "--date", DATE);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("Company 01234567 (Leeg B.V.) has no participants");
    }

    @Test
    void reportMapWritesTheMetrokaartOfTheMonth() throws Exception {
        Result result = workspace.cli("report", "map", "--month", "2026-10");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path png = workspace.out().resolve("metrokaart-2026-10.png");
        assertThat(result.out()).contains("Wrote " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        // Every lijn of the sample catalogue is drawn in its own colour (PAARS, without a run in October, faded).
        for (String colour : List.of("#D7263D", "#1F5FAD", "#2E9E4F", "#F2B705")) {
            assertThat(pixels(image, Color.decode(colour))).as(colour).isGreaterThan(2000);
        }
    }

    @Test
    void aDateThatDoesNotExistIsAUsageError() {
        Result result = workspace.cli("report", "plan", "--company", KVK, "--date", "2026-13-01");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'2026-13-01' is not a date: expected YYYY-MM-DD").contains("Usage: metrokaart report plan");
    }

    @Test
    void planAndMapHaveHelp() {
        for (String report : List.of("plan", "map")) {
            Result result = Workspace.raw("report", report, "--help");
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Usage: metrokaart report " + report);
        }
    }

    private static long pixels(BufferedImage image, Color colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The rows from {@code first} on whose first cell holds text: a table's body. */
    private static List<Row> rows(XSSFSheet sheet, int first) {
        List<Row> rows = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static long count(Connection connection, String sql) throws Exception {
        return ((Number) single(connection, sql, KVK)[0]).longValue();
    }

    private static Object[] single(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Object[] values = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                return values;
            }
        }
    }
}
