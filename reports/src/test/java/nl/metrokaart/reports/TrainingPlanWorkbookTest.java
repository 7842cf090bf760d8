package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

import nl.metrokaart.reports.map.MetrokaartMap;
import nl.metrokaart.reports.map.MetrokaartMapTest;
import nl.metrokaart.reports.plan.PlanGapsSheet;
import nl.metrokaart.reports.plan.PlanModulesSheet;
import nl.metrokaart.reports.plan.PlanSuggestionsSheet;
import nl.metrokaart.reports.plan.TrainingPlanWorkbook;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPlanWorkbookTest {

    private static final TrainingPlan.Suggestion NM_107 = new TrainingPlan.Suggestion("NM-107", "Trillingen en temperatuur bewaken",
            4, 3, List.of("BLAUW"));
    private static final TrainingPlan.Suggestion NM_113 = new TrainingPlan.Suggestion("NM-113", "Leercultuur in het mkb",
            2.5, 3, List.of("GROEN", "PAARS"));

    static final TrainingPlan PLAN = new TrainingPlan("PPS Test", "01234567", "Metaal & Co", LocalDate.of(2026, 11, 27),
            List.of(
                    new TrainingPlan.SkillGap(1, "0a1b2c3d", "SM-SENS", "Sensoren", List.of("ROOD"), 3, 2, 1, 1, List.of(NM_107)),
                    new TrainingPlan.SkillGap(1, "0a1b2c3d", "SM-STOR", "Storingen", List.of("ROOD"), 4, 3, 1, 0, List.of()),
                    new TrainingPlan.SkillGap(1, "0a1b2c3d", "SM-DATA", "Data", List.of("ROOD"), 3, 3, 0, 2, List.of()),
                    new TrainingPlan.SkillGap(2, "ffee0011", "SM-SENS", "Sensoren", List.of("ROOD"), 3, null, null, 1, List.of(NM_107)),
                    new TrainingPlan.SkillGap(2, "ffee0011", "SM-VERA", "Leercultuur", List.of("GROEN", "PAARS"), 3, 1, 2, 2,
                            List.of(NM_113))),
            List.of(new TrainingPlan.ModuleUse("NM-107", "Trillingen en temperatuur bewaken", 4, List.of("BLAUW"), List.of("SM-SENS"), 2, 1, 1),
                    new TrainingPlan.ModuleUse("NM-113", "Leercultuur in het mkb", 2.5, List.of("GROEN", "PAARS"), List.of("SM-VERA"), 1, 1, 0)),
            MetrokaartMapTest.PICTURE);

    @Test
    void everyViewIsARealTableOfTypedCellsAndTheMetrokaartIsOnTheFirstSheet(@TempDir Path temp) throws Exception {
        WrittenReport written = TrainingPlanWorkbook.write(PLAN, ReportLanguage.NL, temp);

        assertThat(written.workbook()).isEqualTo(temp.resolve("opleidingsplan-01234567-2026-11-27.xlsx"));
        assertThat(written.charts()).singleElement().satisfies(png -> {
            assertThat(png).isEqualTo(temp.resolve("opleidingsplan-01234567-2026-11-27-metrokaart.png"));
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(MetrokaartMap.MIN_WIDTH);
        });
        MetrokaartMapTest.preview(Files.readAllBytes(written.charts().get(0)), "plan-test.png");
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("Overzicht", "Per medewerker", "Voorstellen", "Per module");
            XSSFSheet overview = workbook.getSheet("Overzicht");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Opleidingsplan Metaal & Co");
            assertThat(overview.getRow(2).getCell(1).getStringCellValue()).isEqualTo("01234567");
            assertThat(overview.getDrawingPatriarch().getShapes()).singleElement().isInstanceOf(XSSFPicture.class);
            assertThat(value(overview, "Medewerkers (deelnemers van dit bedrijf)")).isEqualTo(2);
            assertThat(value(overview, "waarvan tekort")).isEqualTo(3);
            assertThat(value(overview, "waarvan niet beoordeeld")).isEqualTo(1);
            assertThat(value(overview, "Tekort of niet beoordeeld, zonder voorgestelde module")).isEqualTo(1);

            XSSFSheet gaps = workbook.getSheet("Per medewerker");
            assertThat(gaps.getTables()).singleElement().satisfies(t -> {
                assertThat(t.getName()).isEqualTo("Tekorten");
                assertThat(t.getStartRowIndex()).isEqualTo(PlanGapsSheet.HEADER_ROW);
                assertThat(t.getEndRowIndex()).isEqualTo(PlanGapsSheet.HEADER_ROW + 5);
                assertThat(t.getCTTable().getAutoFilter()).isNotNull();
            });
            assertThat(gaps.getPaneInformation().isFreezePane()).isTrue();
            Row sens = gaps.getRow(PlanGapsSheet.HEADER_ROW + 1);
            assertThat(sens.getCell(0).getStringCellValue()).isEqualTo("Medewerker 1");
            assertThat(sens.getCell(1).getStringCellValue()).isEqualTo("0a1b2c3d");
            assertThat(sens.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sens.getCell(7).getNumericCellValue()).isEqualTo(1);
            assertThat(sens.getCell(8).getStringCellValue()).isEqualTo("tekort");
            assertThat(sens.getCell(9).getNumericCellValue()).isEqualTo(1);
            assertThat(sens.getCell(10).getNumericCellValue()).isEqualTo(4);
            assertThat(sens.getCell(11).getStringCellValue()).isEqualTo("NM-107 Trillingen en temperatuur bewaken (BLAUW, 4 u)");
            Row stor = gaps.getRow(PlanGapsSheet.HEADER_ROW + 2);
            assertThat(stor.getCell(11).getStringCellValue()).isEqualTo("geen module in de catalogus brengt niveau 4");
            Row data = gaps.getRow(PlanGapsSheet.HEADER_ROW + 3);
            assertThat(data.getCell(8).getStringCellValue()).isEqualTo("op doelniveau");
            assertThat(data.getCell(11).getStringCellValue()).isEmpty();
            Row unrated = gaps.getRow(PlanGapsSheet.HEADER_ROW + 4);
            assertThat(unrated.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(unrated.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(unrated.getCell(8).getStringCellValue()).isEqualTo("niet beoordeeld");
            Row vera = gaps.getRow(PlanGapsSheet.HEADER_ROW + 5);
            assertThat(vera.getCell(11).getStringCellValue()).isEqualTo("NM-113 Leercultuur in het mkb (GROEN, PAARS, 2,5 u)");

            XSSFSheet suggestions = workbook.getSheet("Voorstellen");
            assertThat(suggestions.getTables()).singleElement().satisfies(t -> assertThat(t.getEndRowIndex())
                    .isEqualTo(PlanSuggestionsSheet.HEADER_ROW + 3));
            Row first = suggestions.getRow(PlanSuggestionsSheet.HEADER_ROW + 1);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("NM-107");
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(4);

            XSSFSheet modules = workbook.getSheet("Per module");
            Row nm107 = modules.getRow(PlanModulesSheet.HEADER_ROW + 1);
            assertThat(nm107.getCell(0).getStringCellValue()).isEqualTo("NM-107");
            assertThat(nm107.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(nm107.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(nm107.getCell(5).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void inEnglishTheFileTheSheetsAndTheAliasesAreEnglish(@TempDir Path temp) throws Exception {
        WrittenReport written = TrainingPlanWorkbook.write(PLAN, ReportLanguage.EN, temp);

        assertThat(written.workbook()).isEqualTo(temp.resolve("training-plan-01234567-2026-11-27.xlsx"));
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Per employee");
            Row sens = workbook.getSheet("Per employee").getRow(PlanGapsSheet.HEADER_ROW + 1);
            assertThat(sens.getCell(0).getStringCellValue()).isEqualTo("Employee 1");
            assertThat(sens.getCell(8).getStringCellValue()).isEqualTo("gap");
            assertThat(sens.getCell(11).getStringCellValue()).isEqualTo("NM-107 Trillingen en temperatuur bewaken (BLAUW, 4 h)");
        }
    }

    private static double value(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
