package nl.metrokaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query results and the subject export, written by the one writer: typed cells, safe text, a frozen header and a filter row. */
class QueryWorkbookTest {

    @Test
    void cellsKeepTheirTypeTextNeverBecomesAFormulaAndTheHeaderIsFrozenAndFiltered(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("out/query.xlsx");
        long rows = QueryWorkbook.write(List.of("n", "text", "day", "moment", "flag", "empty"), List.<Object[]>of(
                new Object[]{7, "=HYPERLINK(\"x\")", LocalDate.of(2026, 10, 1), LocalDateTime.of(2026, 10, 1, 8, 30), true, null},
                new Object[]{2.5, "gewoon", null, null, false, null}).iterator(), file);

        assertThat(rows).isEqualTo(2);
        assertThat(file.resolveSibling("query.xlsx.part")).doesNotExist();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("query");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            assertThat(first.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(5)).isNull();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getTables()).isEmpty();
        }
    }

    @Test
    void eachTableOnASheetOfItsOwnItsNameCutToWhatExcelAllows(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("subject.xlsx");
        List<Long> counts = QueryWorkbook.write(List.of(
                new QueryWorkbook.Table("overzicht", List.of("where", "count"), List.<Object[]>of(new Object[]{"x", 3}).iterator()),
                new QueryWorkbook.Table("stg_participant_with_a_very_long_name", List.of("c"), Collections.emptyIterator())), file);

        assertThat(counts).containsExactly(1L, 0L);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("overzicht");
            assertThat(book.getSheetName(1)).isEqualTo("stg_participant_with_a_very_lon").hasSize(31);
            assertThat(book.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:A2");
        }
    }
}
