package nl.metrokaart.ingest.leercultuur;

import static nl.metrokaart.testing.Workbooks.row;
import static nl.metrokaart.testing.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.ingest.PlainEmails;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scan exports as survey tools write them, through the real ingest job on the golden fixture's
 * companies and catalogue: a Microsoft Forms-like workbook, recognition by name and by content,
 * the rejects of bad answers with the spreadsheet's rows, and a scan refused when the catalogue
 * has no dimensions.
 */
class LeercultuurIngestTest {

    private static final Path GOLDEN = resource("/golden/delivery");


    @Test
    void aFormsWorkbookLoadsItsGoodAnswersAndRejectsEachBadOneWithItsRow(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp).with("metrokaart.ingest.max-reject-share", "0.5");
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
            row(sheet, 0, "Leercultuurscan voorjaar 2026");
            row(sheet, 1, "ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Bedrijf KvK", "Ruimte om te leren",
                    "Ik krijg feedback op mijn werk", "Mijn leidinggevende bespreekt mijn ontwikkeling", "kennisdeling", "Opmerking");
            Object[][] answers = {
                    {1, "anonymous", null, "01234567", 4, 3, "Eens", 4, "fijn"},
                    {2, "anonymous", null, "01234567", 7, 3, 3, "abc", null},
                    {3, "anonymous", null, "1234567", 3, 3, 3, 3, null},
                    {4, "anonymous", null, "99999999", 3, null, null, null, null},
                    {5, "x@alfa.example", "X", "01234567", 2, null, null, 2, null},
            };
            for (int i = 0; i < answers.length; i++) {
                Object[] a = answers[i];
                Row r = row(sheet, 2 + i, a[0], null, null, a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
                r.createCell(2).setCellValue(LocalDateTime.of(2026, 4, 2 + i, 10, 0));
                r.getCell(2).setCellStyle(timestamp);
            }
            write(workbook, delivery.resolve("Leercultuurscan(1-5).xlsx"));
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        // Rows are answers, 15 filled score cells: a bad kvk rejects each cell of its row (4 + 1), and a 7 and "abc".
        assertThat(workspace.strings("SELECT kind || ' ' || rows_read || ' ' || rows_loaded || ' ' || rows_rejected FROM ingested_file "
                + "WHERE file_name LIKE 'Leercultuur%'")).containsExactly("leercultuurscans 15 8 7");
        assertThat(workspace.strings("SELECT DISTINCT line || ' ' || column_name || ' ' || value || ': ' || reason FROM reject ORDER BY 1"))
                .containsExactly(
                        "4 Ruimte om te leren 7: score 7 is outside the scan's scale 1-5 (leercultuurscan.scale in metrokaart.yaml); it is not clipped",
                        "4 kennisdeling abc: score abc is not a number on the scan's scale 1-5 nor one of its answer labels",
                        "5 company_kvk 1234567: kvk number 1234567 has 7 digits, a kvk number has 8; Excel may have dropped a leading zero "
                                + "(format the column as text) (not loaded: the answer to 'Ik krijg feedback op mijn werk')",
                        "5 company_kvk 1234567: kvk number 1234567 has 7 digits, a kvk number has 8; Excel may have dropped a leading zero "
                                + "(format the column as text) (not loaded: the answer to 'Mijn leidinggevende bespreekt mijn ontwikkeling')",
                        "5 company_kvk 1234567: kvk number 1234567 has 7 digits, a kvk number has 8; Excel may have dropped a leading zero "
                                + "(format the column as text) (not loaded: the answer to 'Ruimte om te leren')",
                        "5 company_kvk 1234567: kvk number 1234567 has 7 digits, a kvk number has 8; Excel may have dropped a leading zero "
                                + "(format the column as text) (not loaded: the answer to 'kennisdeling')",
                        "6 company_kvk 99999999: kvk number 99999999 is not a company in the companies file nor named by any enrolment; "
                                + "deliver the company first (not loaded: the answer to 'Ruimte om te leren')");
        // "anonymous" is no address: those rows are keyed by their response ID; x@ is pseudonymised; the label Eens reads 4.
        assertThat(workspace.strings("SELECT source_line || ' ' || dimension_code || ' ' || item || ' ' || score || ' ' || scanned_on "
                + "FROM leercultuur_answer ORDER BY source_line, item")).containsExactly(
                "3 FEEDBACK Ik krijg feedback op mijn werk 3.0 2026-04-02",
                "3 FEEDBACK Mijn leidinggevende bespreekt mijn ontwikkeling 4.0 2026-04-02",
                "3 RUIMTE Ruimte om te leren 4.0 2026-04-02",
                "3 KENNIS kennisdeling 4.0 2026-04-02",
                "4 FEEDBACK Ik krijg feedback op mijn werk 3.0 2026-04-03",
                "4 FEEDBACK Mijn leidinggevende bespreekt mijn ontwikkeling 3.0 2026-04-03",
                "7 RUIMTE Ruimte om te leren 2.0 2026-04-06",
                "7 KENNIS kennisdeling 2.0 2026-04-06");
        assertThat(workspace.count("SELECT count(DISTINCT respondent_key) FROM leercultuur_answer")).isEqualTo(3);
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    @Test
    void aSurveyExportNamingCompaniesIsAScanNotAnAssessment(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp);
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        Files.writeString(delivery.resolve("enquete-voorjaar.csv"), """
                Timestamp;KvK-nummer;Ruimte om te leren;FEEDBACK;Kennisdeling
                2026-03-02 10:00;23456789;4;4;4
                """, StandardCharsets.UTF_8);
        Files.writeString(delivery.resolve("scan-2026.csv"), """
                company_kvk,respondent,dimension,score,scanned_on
                23456789,r1,RUIMTE,3,02-03-2026
                """, StandardCharsets.UTF_8);
        Files.writeString(delivery.resolve("antwoorden.csv"), """
                bedrijf kvk,respondent,dimensie,waarde,datum
                34567890,r1,KENNIS,3,02-03-2026
                """, StandardCharsets.UTF_8);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT file_name || ' ' || kind || ' ' || rows_loaded FROM ingested_file WHERE kind = 'leercultuurscans' "
                + "ORDER BY 1")).containsExactly("antwoorden.csv leercultuurscans 1", "enquete-voorjaar.csv leercultuurscans 3",
                "scan-2026.csv leercultuurscans 1");
    }

    /** Google Forms grids and LimeSurvey subquestions name the dimension before brackets; Qualtrics adds two header rows. */
    @Test
    void surveyToolsOwnShapesLoad(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp);
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        Files.writeString(delivery.resolve("leercultuurscan (Responses).csv"), """
                "Timestamp","KvK-nummer","Ruimte om te leren [Ik krijg tijd om te leren]","Ruimte om te leren [Ik mag fouten maken]","Feedback [Ik krijg feedback op mijn werk]"
                "2026/05/12 9:15:00","01234567","4","5","3"
                """, StandardCharsets.UTF_8);
        Files.writeString(delivery.resolve("leercultuur-limesurvey.csv"), """
                id,submitdate,lastpage,startlanguage,kvk,RUIMTE[SQ001],RUIMTE[SQ002],KENNIS
                1,2026-05-12 09:15:00,3,nl,23456789,4,2,3
                """, StandardCharsets.UTF_8);
        Files.writeString(delivery.resolve("leercultuur-qualtrics.csv"), """
                StartDate,EndDate,Status,ResponseId,RecipientEmail,KVK,RUIMTE,KENNIS
                Start Date,End Date,Response Type,Response ID,Recipient Email,Wat is het KvK-nummer van uw bedrijf?,Ruimte om te leren,Kennisdeling
                "{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""status""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}"
                2026-05-11 10:00:00,2026-05-12 10:05:00,0,R_1abc,,34567890,5,4
                """, StandardCharsets.UTF_8);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM reject")).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT company_kvk || ' ' || dimension_code || ' ' || item || ' ' || score || ' ' || scanned_on "
                + "FROM leercultuur_answer ORDER BY ALL")).containsExactly(
                "01234567 FEEDBACK Feedback [Ik krijg feedback op mijn werk] 3.0 2026-05-12",
                "01234567 RUIMTE Ruimte om te leren [Ik krijg tijd om te leren] 4.0 2026-05-12",
                "01234567 RUIMTE Ruimte om te leren [Ik mag fouten maken] 5.0 2026-05-12",
                "23456789 KENNIS KENNIS 3.0 2026-05-12",
                "23456789 RUIMTE RUIMTE[SQ001] 4.0 2026-05-12",
                "23456789 RUIMTE RUIMTE[SQ002] 2.0 2026-05-12",
                "34567890 KENNIS KENNIS 4.0 2026-05-12",
                "34567890 RUIMTE RUIMTE 5.0 2026-05-12");
        assertThat(workspace.strings("SELECT company_kvk || ' ' || dimension_code || ' ' || score FROM leercultuur_score(DATE '2026-05-31') "
                + "WHERE dimension_code = 'RUIMTE' ORDER BY 1")).containsExactly("01234567 RUIMTE 4.5", "23456789 RUIMTE 3.0",
                "34567890 RUIMTE 5.0");
    }

    /** An English Google Forms export puts the month first: seen from a day above 12 in second place, the file is read so. */
    @Test
    void aFileWhoseDatesShowTheMonthFirstIsReadMonthFirst(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp);
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        Files.writeString(delivery.resolve("leercultuurscan-en.csv"), """
                Timestamp,Email Address,kvk,RUIMTE
                5/13/2026 9:15:00,a@alfa.example,01234567,4
                5/2/2026 10:00:00,b@alfa.example,01234567,3
                """, StandardCharsets.UTF_8);
        Files.writeString(delivery.resolve("leercultuurscan-nl.csv"), """
                Tijdstempel,kvk,RUIMTE
                5/2/2026 10:00:00,23456789,3
                """, StandardCharsets.UTF_8);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT company_kvk || ' ' || scanned_on FROM leercultuur_answer ORDER BY ALL"))
                .containsExactly("01234567 2026-05-02", "01234567 2026-05-13", "23456789 2026-02-05");
    }

    @Test
    void aSurveyWorkbookNamingCompaniesIsAScan(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp);
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Antwoorden");
            row(sheet, 0, "Datum", "Bedrijf KvK", "Ruimte om te leren", "Feedback", "Kennisdeling");
            row(sheet, 1, "02-03-2026", "23456789", 4, 3, 5);
            write(workbook, delivery.resolve("survey-maart.xlsx"));
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT kind || ' ' || rows_loaded FROM ingested_file WHERE file_name = 'survey-maart.xlsx'"))
                .containsExactly("leercultuurscans 3");
    }

    @Test
    void aScanIsRefusedWhileTheCatalogueHasNoDimensions(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = Files.createDirectories(temp.resolve("delivery"));
        for (String file : new String[]{"companies.csv", "enrolments.csv"}) {
            Files.copy(GOLDEN.resolve(file), delivery.resolve(file));
        }
        String catalogue = Files.readString(GOLDEN.resolve("metrokaart.yaml"));
        Files.writeString(delivery.resolve("metrokaart.yaml"), catalogue.substring(0, catalogue.indexOf("# The leercultuurscan")));
        Files.writeString(delivery.resolve("leercultuurscan.csv"), "kvk,respondent,dimensie,score,datum\n01234567,r1,RUIMTE,3,02-03-2026\n");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(workspace.strings("SELECT reason FROM refused_file")).containsExactly("metrokaart.yaml has no "
                + "leercultuurscan dimensions, so a scan cannot be read; add a leercultuurscan block (scale and dimensions, see docs/inputs.md, Leercultuurscan) "
                + "to the catalogue and deliver it again");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).as("the rest of the delivery loads").isPositive();
    }

    @Test
    void aLongFileWithoutRespondentsIsRefused(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp);
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        Files.writeString(delivery.resolve("leercultuurscan.csv"), "kvk,dimensie,score,datum\n01234567,RUIMTE,3,02-03-2026\n");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(workspace.strings("SELECT reason FROM refused_file")).singleElement().asString()
                .startsWith("a long export (dimension and score columns) needs a respondent or e-mail column");
    }

    @Test
    void aWideFileWithoutAnyDimensionColumnIsRefusedSayingWhichAreKnown(@TempDir Path temp) throws Exception {
        Workspace workspace = golden(temp);
        Path delivery = Files.createDirectories(temp.resolve("scan"));
        Files.writeString(delivery.resolve("leercultuurscan.csv"), "kvk,datum,Vraag 1\n01234567,02-03-2026,3\n");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(workspace.strings("SELECT reason FROM refused_file")).singleElement().asString()
                .startsWith("no column is a dimension of the leercultuurscan in metrokaart.yaml "
                        + "(RUIMTE / Ruimte om te leren, FEEDBACK / Feedback, KENNIS / Kennisdeling)");
    }

    /** A warehouse holding the golden delivery: its companies, enrolments and catalogue with a leercultuurscan. */
    /** The golden delivery ingested (once per test JVM; each test changes its own copy). */
    private static Workspace golden(Path temp) {
        return LoadedWarehouse.copy(GOLDEN, temp);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(LeercultuurIngestTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
