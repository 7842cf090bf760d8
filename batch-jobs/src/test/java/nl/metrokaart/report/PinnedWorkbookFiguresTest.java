package nl.metrokaart.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's workbooks show the figures they showed before the report layer of models (issue
 * #12): every numeric cell and every suppression mark of every sheet of the monthly (2026-10) and
 * impact (2025-10 .. 2026-10) workbooks, against the text files pinned from the earlier build in
 * {@code src/test/resources/pinned/}, and every text (suppression marks such as {@code <5}, captions). Cells that hold the moment of an ingest (the data quality
 * sheet's times, the dates of sources dated by their ingest) differ per run and are left out.
 *
 * <p>A change that is meant to move a figure rewrites the pinned files with
 * {@code -Dpinned.rewrite=true} (then review the diff).
 */
class PinnedWorkbookFiguresTest {

    private static final Path PINNED = Path.of("src", "test", "resources", "pinned");
    /** Sheets whose cells depend on when the ingest ran (times, files dated by their ingest). */
    private static final Set<String> RUN_DEPENDENT = Set.of("Datakwaliteit", "Data quality");

    @TempDir
    static Path temp;
    static Workspace workspace;

    @BeforeAll
    static void ingestTheSampleDelivery() {
        workspace = new Workspace(temp);
        Result ingest = workspace.cli("ingest", Workspace.SAMPLE_DELIVERY.toString());
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    }

    @Test
    void theMonthlyWorkbookShowsThePinnedFigures() throws Exception {
        Result result = workspace.cli("report", "monthly", "--month", "2026-10");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertPinned(workspace.out().resolve("maandrapportage-2026-10.xlsx"), "maandrapportage-2026-10.txt");
    }

    @Test
    void theImpactWorkbookShowsThePinnedFigures() throws Exception {
        Result result = workspace.cli("report", "impact", "--from", "2025-10", "--to", "2026-10");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertPinned(workspace.out().resolve("impactrapportage-2025-10-tot-2026-10.xlsx"), "impactrapportage-2025-10-tot-2026-10.txt");
    }

    private static void assertPinned(Path workbook, String pinnedFile) throws Exception {
        List<String> actual = figures(workbook);
        Path pinned = PINNED.resolve(pinnedFile);
        if (Boolean.getBoolean("pinned.rewrite")) {
            Files.createDirectories(PINNED);
            Files.write(pinned, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(pinned, StandardCharsets.UTF_8);
        assertThat(actual).as("figures of %s against %s (rewrite with -Dpinned.rewrite=true)", workbook.getFileName(), pinned)
                .containsExactlyElementsOf(expected);
    }

    /** One line per figure: sheet!A1 and the value (numbers rounded to 10 significant digits, dates ISO, marks as shown). */
    static List<String> figures(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                if (RUN_DEPENDENT.contains(sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (value != null) {
                            lines.add(sheet.getSheetName() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false)
                                    + "=" + value);
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static String value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                java.time.LocalDateTime at = cell.getLocalDateTimeCellValue();
                // Sources without dates of their own are dated by the day of their ingest: today.
                return at.toLocalDate().equals(java.time.LocalDate.now()) ? "(day of the ingest)" : at.toString();
            }
            return new BigDecimal(cell.getNumericCellValue()).round(new java.math.MathContext(10, RoundingMode.HALF_UP))
                    .stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            // Texts too: suppression marks (<5) and the captions that say what a figure is.
            String text = cell.getStringCellValue();
            return text.isEmpty() ? null : "'" + text.replace("\n", "\\n");
        }
        return null;
    }
}
