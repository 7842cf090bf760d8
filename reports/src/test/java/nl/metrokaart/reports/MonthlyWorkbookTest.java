package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.imageio.ImageIO;

import nl.metrokaart.reports.monthly.MonthlyWorkbook;
import nl.metrokaart.reports.monthly.OccupancySheet;
import nl.metrokaart.testing.Workbooks;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlyWorkbookTest {

    private static final MonthlyReport REPORT = new MonthlyReport("PPS Test", YearMonth.of(2026, 10), List.of(
            new RunOccupancy("ROOD-2026-09", "ROOD", "Rode lijn", "#D7263D", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 2),
                    7, 8, 20, 0.35, BandStatus.ONDER_MINIMUM),
            new RunOccupancy("=GEEL-1", "GEEL", "-Gele lijn", "#F4D35E", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 10, 26),
                    21, 8, 20, 1.05, BandStatus.OVERBOEKT)),
            List.of(new SourceFreshness("enrolments", LocalDate.of(2026, 10, 29), 1559), new SourceFreshness("companies", null, 0)));

    @Test
    void theWorkbookHasATableOfNumbersAndTheChart(@TempDir Path temp) throws Exception {
        WrittenReport written = MonthlyWorkbook.write(REPORT, ReportLanguage.NL, temp);

        assertThat(written.workbook()).isEqualTo(temp.resolve("maandrapportage-2026-10.xlsx"));
        assertThat(written.charts()).singleElement().satisfies(png -> assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200));
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Overzicht");
            assertThat(workbook.getSheetName(1)).isEqualTo("Samenvatting");
            XSSFSheet sheet = workbook.getSheet("Bezetting");
            XSSFTable table = sheet.getTables().get(0);
            assertThat(table.getStartRowIndex()).isEqualTo(OccupancySheet.HEADER_ROW);
            assertThat(table.getEndRowIndex()).isEqualTo(OccupancySheet.HEADER_ROW + 2);
            assertThat(table.getCTTable().getAutoFilter()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            var rood = sheet.getRow(OccupancySheet.HEADER_ROW + 1);
            assertThat(rood.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rood.getCell(5).getNumericCellValue()).isEqualTo(7);
            assertThat(rood.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 7));
            assertThat(rood.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("[$-413]d mmm yyyy");
            assertThat(rood.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rood.getCell(9).getStringCellValue()).isEqualTo("onder minimum");

            // Text from the data that looks like a formula stays text.
            var geel = sheet.getRow(OccupancySheet.HEADER_ROW + 2);
            assertThat(geel.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(geel.getCell(0).getStringCellValue()).isEqualTo("=GEEL-1");
            assertThat(geel.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(geel.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();

            assertThat(sheet.getDrawingPatriarch().getShapes()).singleElement().isInstanceOf(XSSFPicture.class);
        }
    }

    @Test
    void englishIsSelectable(@TempDir Path temp) throws Exception {
        WrittenReport written = MonthlyWorkbook.write(REPORT, ReportLanguage.EN, temp);

        assertThat(written.workbook().getFileName().toString()).isEqualTo("monthly-report-2026-10.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Overview");
            assertThat(workbook.getSheetName(1)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(2)).isEqualTo("Occupancy");
            assertThat(workbook.getSheet("Occupancy").getRow(OccupancySheet.HEADER_ROW + 1).getCell(9).getStringCellValue())
                    .isEqualTo("below minimum");
            assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Monthly report October 2026");
        }
    }

    @Test
    void anEmptyMonthStillMakesAValidTable(@TempDir Path temp) throws Exception {
        MonthlyReport empty = new MonthlyReport("PPS Test", YearMonth.of(2026, 1), List.of(), List.of());

        WrittenReport written = MonthlyWorkbook.write(empty, ReportLanguage.NL, temp);

        try (XSSFWorkbook workbook = Workbooks.open(written.workbook())) {
            XSSFTable table = workbook.getSheet("Bezetting").getTables().get(0);
            assertThat(table.getEndRowIndex()).isEqualTo(OccupancySheet.HEADER_ROW + 1);
        }
    }
}
