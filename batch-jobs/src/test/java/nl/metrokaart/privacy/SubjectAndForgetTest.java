package nl.metrokaart.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;
import nl.metrokaart.testing.Workbooks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AVG rights of a sample participant: subject shows what the warehouse holds about her, forget
 * erases it so that neither the warehouse file, the logs nor the next workbook know her, her run
 * counts one participant fewer, and a re-delivery of the same export does not bring her back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubjectAndForgetTest {

    /** In enrolments, assessments, edubadges, werkplekcoaches, coachactiviteiten and the leercultuurscan of the sample. */
    static final String EMAIL = "mirjam.kamphuis@bostransportsystemen.nl";
    static final String NAME = "Mirjam Kamphuis";
    static final String RUN = "ROOD-2026-08";

    Path temp;
    Workspace workspace;
    Path key;
    /** Her pseudonym, as subject shows it. */
    String pseudonym;

    @BeforeAll
    void sampleWarehouse(@TempDir Path dir) {
        temp = dir;
        // The log file at INFO, as in production: what is logged must not name her either.
        workspace = new Workspace(temp).with("logging.config", "classpath:logback-file-test.xml");
        key = temp.resolve("key").resolve("pseudonym.key");
        Result run = workspace.cli("run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10");
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    @Order(1)
    void anUnknownAddressOrNoKeyIsToldAndChangesNothing() throws Exception {
        List<String> before = contents();

        Result unknown = workspace.cli("forget", "--email", "nobody@example.org");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).contains("No participant with this address is known in the warehouse").contains("nothing was changed");
        Result unknownSubject = workspace.cli("subject", "--email", "nobody@example.org", "--out=" + temp.resolve("nobody.xlsx"));
        assertThat(unknownSubject.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknownSubject.err()).contains("No participant with this address is known in the warehouse");
        assertThat(temp.resolve("nobody.xlsx")).doesNotExist();
        Result notAnAddress = workspace.cli("subject", "--email", "Mirjam Kamphuis");
        assertThat(notAnAddress.err()).contains("is not an e-mail address");

        Result noKey = workspace.withKey(temp.resolve("missing.key")).cli("forget", "--email", EMAIL);
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(noKey.err()).contains("There is no pseudonym key in the file " + temp.resolve("missing.key")).contains("Nothing was changed.");
        assertThat(temp.resolve("missing.key")).doesNotExist();

        assertThat(contents()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void subjectShowsAndWritesEverythingHeldAboutHer() throws Exception {
        Path file = temp.resolve("request").resolve("subject.xlsx");

        Result subject = workspace.cli("subject", "--email", "  Mirjam.Kamphuis@BostransportSystemen.nl ", "--out", file.toString());

        assertThat(subject.exitCode()).as(subject.toString()).isZero();
        assertThat(subject.out()).contains("ENROLMENT (5 rows, by participant_key)").contains("ASSESSMENT (7 rows")
                .contains("BADGE (3 rows").contains("COACH (1 rows, by coach_key)").contains("COACHING_ACTIVITY (14 rows")
                .contains("COACHED_COLLEAGUE (5 rows, by colleague_key)").contains("LEERCULTUUR_ANSWER (").contains(RUN)
                .contains("The address itself is held, encrypted, in sealed address batch");
        pseudonym = subject.out().lines().filter(l -> l.startsWith("Participant pseudonym: ")).findFirst().orElseThrow().substring(23);
        assertThat(pseudonym).matches("[0-9a-f]{64}");
        assertThat(occurrences(Files.readAllBytes(workspace.warehouse()), pseudonym)).isGreaterThan(1);
        List<String> cells = Workbooks.cells(file);
        assertThat(cells).contains("overzicht!A1=where", "overzicht!A2=table assessment", "enrolment!A2=E0001286");
        assertThat(cells.stream().filter(c -> c.startsWith("enrolment!A")).count()).isEqualTo(6);
    }

    @Test
    @Order(3)
    void forgetLeavesNoTraceAndHerRunCountsOneFewer() throws Exception {
        long participants = runParticipants();
        long inEnrolments = workspace.count("SELECT count(DISTINCT participant_key) FROM enrolment");
        long rejectsBefore = workspace.count("SELECT count(*) FROM reject");
        Result backup = workspace.cli("backup", "--to", temp.resolve("backups").toString());
        assertThat(backup.exitCode()).as(backup.toString()).isZero();

        Result forget = workspace.cli("forget", "--email", EMAIL);

        assertThat(forget.exitCode()).as(forget.toString()).isZero();
        assertThat(forget.out()).containsPattern("Erased: \\d+ rows holding their pseudonym, their address in \\d+ sealed address batch");
        assertThat(runParticipants()).isEqualTo(participants - 1);
        assertThat(workspace.count("SELECT count(DISTINCT participant_key) FROM enrolment")).isEqualTo(inEnrolments - 1);
        assertThat(workspace.count("SELECT count(*) FROM reject")).isEqualTo(rejectsBefore);
        assertThat(workspace.strings("SELECT rows_erased || ' ' || batches_resealed FROM erasure")).hasSize(1);
        assertThat(workspace.count("SELECT count(*) FROM erased_participant")).isEqualTo(1);

        Result report = workspace.cli("report", "monthly", "--month", "2026-10");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertNoTrace();
        Result subject = workspace.cli("subject", "--email", EMAIL, "--out=" + temp.resolve("after.xlsx"));
        assertThat(subject.exitCode()).as(subject.toString()).isZero();
        assertThat(subject.out()).contains("was erased on request on");
        assertThat(temp.resolve("after.xlsx")).doesNotExist();
    }

    @Test
    @Order(4)
    void aRedeliveryOfTheSameExportDoesNotBringHerBack() throws Exception {
        long participants = runParticipants();
        // The same export delivered again (changed bytes, so it is loaded again rather than recognised).
        Path delivery = temp.resolve("redelivery");
        TestDelivery.copyFolder(Workspace.SAMPLE_DELIVERY, delivery);
        for (String name : List.of("enrolments.csv", "assessments.csv", "badges/edubadges.csv", "werkplekcoaches.csv",
                "coachactiviteiten.csv", "leercultuurscan-2026.csv")) {
            Files.writeString(delivery.resolve(name), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }

        Result ingest = workspace.cli("ingest", delivery.toString());

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out()).contains("participant erased on request (AVG)").doesNotContain(EMAIL);
        // (Her badges are rejected before that: the badge loader matches recipients to known participants only.)
        assertThat(workspace.strings("SELECT DISTINCT file_name FROM reject WHERE reason = 'participant erased on request (AVG)' ORDER BY 1"))
                .containsExactly("assessments.csv", "coachactiviteiten.csv", "enrolments.csv", "leercultuurscan-2026.csv", "werkplekcoaches.csv");
        assertThat(workspace.count("SELECT count(*) FROM ingested_file WHERE rows_read <> rows_loaded + rows_rejected")).isZero();
        assertThat(workspace.count("SELECT count(*) FROM reject WHERE file_name = 'enrolments.csv' AND reason LIKE '%AVG%'")).isEqualTo(5);
        assertThat(runParticipants()).isEqualTo(participants);
        Result subject = workspace.cli("subject", "--email", EMAIL, "--out=" + temp.resolve("after.xlsx"));
        assertThat(subject.out()).as(subject.toString()).contains("was erased on request on");
        assertNoTrace();
    }

    @Test
    @Order(5)
    void aRestoreOfABackupFromBeforeTheErasureErasesHerAgain() throws Exception {
        Path backup;
        try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        assertThat(occurrences(Files.readAllBytes(backup), pseudonym)).as("the backup predates the erasure").isGreaterThan(1);

        Result restore = workspace.cli("restore", backup.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("1 participant erased on request after this backup was made was erased again.");
        Result subject = workspace.cli("subject", "--email", EMAIL, "--out=" + temp.resolve("after.xlsx"));
        assertThat(subject.out()).as(subject.toString()).contains("was erased on request on");
        assertThat(containsIgnoringCase(Files.readAllBytes(workspace.warehouse()), EMAIL)).isFalse();
        assertThat(containsIgnoringCase(Files.readAllBytes(workspace.warehouse()), NAME)).isFalse();
        assertThat(occurrences(Files.readAllBytes(workspace.warehouse()), pseudonym)).isLessThanOrEqualTo(1);
    }

    private long runParticipants() throws Exception {
        return workspace.count("SELECT participants FROM run_occupancy WHERE run_code = '" + RUN + "'");
    }

    /**
     * Neither her address nor her name is in the warehouse file, the logs or the workbook written last;
     * her pseudonym is in the file at most once (the erasure list keeps it, in erased_participant only).
     */
    private void assertNoTrace() throws Exception {
        assertThat(occurrences(Files.readAllBytes(workspace.warehouse()), pseudonym)).isLessThanOrEqualTo(1);
        // The read snapshot analysts read was published again: it does not hold her either.
        Path snapshot = nl.metrokaart.warehouse.WarehouseSnapshot.besides(workspace.warehouse());
        assertThat(snapshot).exists();
        assertThat(occurrences(Files.readAllBytes(snapshot), pseudonym)).isLessThanOrEqualTo(1);
        try (Workspace.Reader warehouse = workspace.read()) {
            List<String> keyColumns = warehouse.strings("SELECT table_name || '.' || column_name FROM duckdb_columns() "
                    + "WHERE data_type = 'VARCHAR' AND ends_with(column_name, '_key') AND table_name NOT IN (SELECT view_name FROM duckdb_views())");
            assertThat(keyColumns).contains("enrolment.participant_key", "coach.coach_key", "leercultuur_answer.respondent_key",
                    "erased_participant.participant_key");
            for (String column : keyColumns) {
                String[] parts = column.split("\\.");
                assertThat(warehouse.count("SELECT count(*) FROM \"" + parts[0] + "\" WHERE \"" + parts[1] + "\" = '" + pseudonym + "'"))
                        .as(column).isEqualTo(column.startsWith("erased_participant.") ? 1 : 0);
            }
        }
        for (String text : List.of(EMAIL, NAME)) {
            assertThat(containsIgnoringCase(Files.readAllBytes(workspace.warehouse()), text)).as(text + " in the warehouse file").isFalse();
            try (Stream<Path> logs = Files.walk(temp.resolve("logs"))) {
                List<Path> files = logs.filter(Files::isRegularFile).toList();
                assertThat(files).isNotEmpty();
                for (Path log : files) {
                    assertThat(containsIgnoringCase(Files.readAllBytes(log), text)).as(text + " in " + log).isFalse();
                }
            }
            assertThat(Workbooks.cells(workspace.out().resolve("maandrapportage-2026-10.xlsx")))
                    .noneMatch(cell -> cell.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
        }
    }

    private static int occurrences(byte[] bytes, String text) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int n = 0;
        for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean containsIgnoringCase(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** Every table's rows, as a digest per table (the file's bytes change whenever DuckDB opens it for writing). */
    private List<String> contents() throws Exception {
        List<String> digests = new java.util.ArrayList<>();
        try (Workspace.Reader warehouse = workspace.read()) {
            for (String table : warehouse.strings("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1")) {
                digests.addAll(warehouse.strings("SELECT '" + table + " ' || count(*) || ' ' || coalesce(md5(string_agg(CAST(t AS VARCHAR), '|' "
                        + "ORDER BY CAST(t AS VARCHAR))), '') FROM \"" + table + "\" t"));
            }
        }
        return digests;
    }
}
