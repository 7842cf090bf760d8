package nl.metrokaart.ingest.assessments;

import static nl.metrokaart.testing.Workbooks.row;
import static nl.metrokaart.testing.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;
import nl.metrokaart.ingest.PlainEmails;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey exports in XLSX, written here with POI, through the real ingest job: wide sheets
 * unpivoted, moment and source from the file name or the column headers, and the same checks
 * as the CSV with the spreadsheet's row numbers.
 */
class SurveyWorkbookIngestTest {

    private static final String ROWS = "SELECT skill_code || '|' || assessed_on || '|' || moment || '|' || source || '|' || level "
            + "FROM assessment ORDER BY ALL";


    @Test
    void aWideSurveyTakesMomentAndSourceFromItsFileName(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.5");
        Path delivery = AssessmentsCsvTest.delivery(temp, "delivery");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Formulierreacties 1");
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
            // A title above the header, then a Google Forms-like header: timestamp, address, name, skills, a remark.
            row(sheet, 0, "Nulmeting Smart Maintenance, januari 2026");
            row(sheet, 2, "Tijdstempel", "E-mailadres", "Naam", "SM-DATA", "sm-sens", "SM-ONDH", "Opmerking");
            Row anna = row(sheet, 3, null, "anna@example.nl", "Anna", 2, "3 - zelfstandig", null, "ok");
            anna.createCell(0).setCellValue(LocalDateTime.of(2026, 1, 5, 14, 30));
            anna.getCell(0).setCellStyle(timestamp);
            row(sheet, 4, "06-01-2026", "bob@example.nl", "Bob", "Basis", 7, 1);
            Row cas = row(sheet, 6, null, "cas@example.nl", "Cas", null, null, null, "geen antwoorden");
            cas.createCell(0).setCellValue(LocalDate.of(2026, 1, 7));
            cas.getCell(0).setCellStyle(timestamp);
            write(workbook, delivery.resolve("nulmeting-zelf.xlsx"));
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        // Five filled skill cells; the empty ones are no assessment, not a reject.
        assertThat(result.out()).contains("nulmeting-zelf.xlsx").contains("read 5  loaded 4  rejected 1");
        assertThat(workspace.strings(ROWS)).containsExactly(
                "SM-DATA|2026-01-05|intake|self|2",
                "SM-DATA|2026-01-06|intake|self|2",
                "SM-ONDH|2026-01-06|intake|self|1",
                "SM-SENS|2026-01-05|intake|self|3");
        assertThat(workspace.strings("SELECT line || ' ' || column_name || ' ' || value || ': ' || reason FROM reject"))
                .containsExactly("5 level 7: level 7 for SM-SENS is outside the scale 1-5");
        assertThat(workspace.strings("SELECT DISTINCT source_line FROM assessment ORDER BY 1")).containsExactly("4", "5");
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    @Test
    void columnHeadersCanCarryTheirOwnMomentAndSource(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = AssessmentsCsvTest.delivery(temp, "delivery");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Beoordeling");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            row(sheet, 0, "E-mail", "Datum", "Meetmoment", "SM-DATA (intake, zelf)", "SM-DATA (exit, coach)", "SM-SENS exit",
                    "SM-STOR", "SM-DASH: Dashboards en kengetallen lezen (schaal 1-5)", "Totaal");
            Row a = row(sheet, 1, "a@example.nl", null, null, 1, 3.0, "gevorderd", 2, "expert", 13);
            a.createCell(1).setCellValue(LocalDate.of(2026, 3, 2));
            a.getCell(1).setCellStyle(date);
            Row b = row(sheet, 2, "b@example.nl", null, "tussenmeting", null, 2, null, 3);
            b.createCell(1).setCellValue(LocalDate.of(2026, 3, 3));
            b.getCell(1).setCellStyle(date);
            write(workbook, delivery.resolve("assessments-survey.xlsx"));
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        // A header's moment and source win over the row's; what neither names comes from the row, else the defaults.
        assertThat(workspace.strings("SELECT skill_code || '|' || assessed_on || '|' || moment || '|' || source || '|' || level "
                + "FROM assessment ORDER BY source_line, skill_code, moment")).containsExactly(
                "SM-DASH|2026-03-02|tussentijds|self|5",
                "SM-DATA|2026-03-02|exit|coach|3",
                "SM-DATA|2026-03-02|intake|self|1",
                "SM-SENS|2026-03-02|exit|self|4",
                "SM-STOR|2026-03-02|tussentijds|self|2",
                "SM-DATA|2026-03-03|exit|coach|2",
                "SM-STOR|2026-03-03|tussentijds|self|3");
        assertThat(workspace.count("SELECT count(*) FROM reject")).isZero();
    }

    @Test
    void aLongSheetIsReadLikeTheCsv(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = AssessmentsCsvTest.delivery(temp, "delivery");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // An old Mac workbook counts its day numbers from 1904: the same number is another date.
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            Sheet sheet = workbook.createSheet("Export");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d-m-yyyy"));
            row(sheet, 0, "participant_email", "skill_code", "level", "assessed_on", "moment", "source");
            Row first = row(sheet, 1, "a@example.nl", "SM-DATA", 3, null, "exit", "assessor");
            first.createCell(3).setCellValue(LocalDate.of(2026, 4, 1));
            first.getCell(3).setCellStyle(date);
            row(sheet, 2, "a@example.nl", "SM-SENS", 2, "01-04-2026", null, null);
            write(workbook, delivery.resolve("eindmeting.xlsx"));
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        // The file name (eindmeting: exit) fills in what a row leaves empty.
        assertThat(workspace.strings(ROWS)).containsExactly("SM-DATA|2026-04-01|exit|assessor|3", "SM-SENS|2026-04-01|exit|self|2");
    }

    @Test
    void workbooksThatCannotBeReadUnambiguouslyAreRefusedWithTheReason(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = AssessmentsCsvTest.delivery(temp, "delivery");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Data"), 0, "E-mail", "Datum", "SM-DATA (exit, caoch)");
            write(workbook, delivery.resolve("assessments-typo.xlsx"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Intake"), 0, "E-mail", "Datum", "SM-DATA");
            row(workbook.getSheet("Intake"), 1, "a@example.nl", "2026-01-05", 2);
            row(workbook.createSheet("Exit"), 0, "E-mail", "Datum", "SM-DATA");
            write(workbook, delivery.resolve("assessments-two-sheets.xlsx"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Data"), 0, "Naam", "Datum", "SM-DATA");
            write(workbook, delivery.resolve("assessments-no-email.xlsx"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Data"), 0, "E-mail", "Datum", "SM-DATA (exit)", "SM-DATA");
            write(workbook, delivery.resolve("assessments-exit-twice.xlsx"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Data"), 0, "E-mail", "Datum", "SM-DATA");
            write(workbook, delivery.resolve("nulmeting-eindmeting.xlsx"));
        }
        Files.writeString(delivery.resolve("assessments-not-really.xlsx"), "participant_email,skill_code\n");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(workspace.strings("SELECT file_name || ': ' || reason FROM refused_file ORDER BY file_name")).satisfiesExactly(
                r -> assertThat(r).startsWith("assessments-exit-twice.xlsx: sheet 'Data', column C 'SM-DATA (exit)' and column D 'SM-DATA' "
                        + "both hold SM-DATA (exit, source not given)"),
                r -> assertThat(r).startsWith("assessments-no-email.xlsx: sheet 'Data', row 1: the column participant_email is missing "
                        + "(found: Naam, Datum, SM-DATA)").contains("metrokaart.ingest.aliases.assessments.participant_email"),
                r -> assertThat(r).startsWith("assessments-not-really.xlsx: cannot be read as an Excel workbook"),
                r -> assertThat(r).isEqualTo("assessments-two-sheets.xlsx: the sheets 'Intake' and 'Exit' both hold assessments; "
                        + "deliver one sheet per file (its name can carry the moment and source, e.g. assessments-exit-coach.xlsx)"),
                r -> assertThat(r).isEqualTo("assessments-typo.xlsx: sheet 'Data', column C 'SM-DATA (exit, caoch)': "
                        + "'caoch' is neither a moment (intake, tussentijds, exit) nor a source (self, coach, assessor)"),
                r -> assertThat(r).isEqualTo("nulmeting-eindmeting.xlsx: the file name names two moments, intake and exit; it can hold one"));
        assertThat(workspace.count("SELECT count(*) FROM assessment")).as("nothing of a refused file is loaded").isZero();
    }
}
