package nl.metrokaart.ingest;

import static nl.metrokaart.ingest.FaultySample.assertNothingPersonal;
import static nl.metrokaart.ingest.FaultySample.assertOtherFilesAsInSample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, one fault per copy of the sample delivery (issue 18): the fault stays in its own
 * file, the rest of the delivery loads exactly as without it, nothing personal leaks, and the
 * message says where and what to do.
 */
class IngestFaultsTest {

    @Test
    void anUnquotedCommaRejectsItsOwnRowOnlyAndKeepsNoPersonalText(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = FaultySample.copy(temp, "delivery");
        List<String> lines = new ArrayList<>(FaultySample.enrolmentLines());
        lines.set(39, lines.get(39).replace(",medewerker,", ",De Graaf, Snacks B.V.,medewerker,")); // line 40 of the file
        Files.write(delivery.resolve("enrolments.csv"), lines, StandardCharsets.UTF_8);

        Result ingest = workspace.cli("ingest", delivery.toString());

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(workspace.strings("SELECT rows_read || '/' || rows_loaded || '/' || rows_rejected FROM ingested_file "
                + "WHERE file_name = 'enrolments.csv'")).containsExactly("1559/1558/1");
        assertThat(workspace.strings("SELECT file_name || ' ' || line || ' ' || coalesce(value, '(no value)') || ': ' || reason FROM reject "
                + "WHERE file_name = 'enrolments.csv'")).singleElement().asString()
                .startsWith("enrolments.csv 40 (no value): the row has more fields than the header");
        assertOtherFilesAsInSample(workspace, "enrolments.csv");
        Result status = workspace.cli("status", "--rejects");
        assertThat(status.out()).contains("enrolments.csv").contains("40");
        Result report = workspace.cli("report", "monthly", "--month", "2026-10");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        String workbook = FaultySample.cellTexts(workspace.out().resolve("maandrapportage-2026-10.xlsx"));
        assertThat(workbook).contains("Afgewezen rijen").contains("enrolments.csv");
        assertNothingPersonal(workspace, ingest.out(), ingest.err(), status.out(), status.err(), workbook);
    }

    /**
     * Files DuckDB's reader gives up on as a whole, each an extra enrolments file of the sample, with
     * the reason its refusal must give. All in one delivery (one ingest for all of them, to keep the
     * suite fast): each must be refused on its own while everything else loads exactly.
     */
    static List<Object[]> unreadableFiles() {
        Function<List<String>, String> lf = lines -> String.join("\n", lines) + "\n";
        return List.of(
                fault("an unterminated quote", lines -> {
                    List<String> copy = new ArrayList<>(lines.subList(0, 30));
                    copy.set(9, copy.get(9).replaceFirst(",([^,@]+),(\\d{8}),", ",\"$1,$2,"));
                    return lf.apply(copy).getBytes(StandardCharsets.UTF_8);
                }, "line 10: a value opens a quote (\") that is never closed"),
                fault("LF and CRLF mixed", lines ->
                        (String.join("\r\n", lines.subList(0, 10)) + "\r\n" + lf.apply(lines.subList(10, 30))).getBytes(StandardCharsets.UTF_8),
                        "line 11 ends with a Unix line end (LF only), but line 1 with a Windows line end (CR LF)"),
                fault("binary bytes", lines -> {
                    List<String> copy = new ArrayList<>(lines.subList(0, 30));
                    copy.set(4, copy.get(4) + "\u0000\u0001\u0002");
                    return lf.apply(copy).getBytes(StandardCharsets.UTF_8);
                }, "line 5 holds binary bytes (a NUL byte)"),
                // DuckDB's sniffer gives up on this one; the file's transaction is undone before the refusal is kept.
                fault("text after a closing quote", FaultySample::textAfterClosingQuote, "cannot be read as a CSV file"),
                fault("an empty file", lines -> new byte[0], "the file is empty"),
                fault("UTF-16", lines -> {
                    byte[] text = lf.apply(lines.subList(0, 30)).getBytes(StandardCharsets.UTF_16LE);
                    byte[] withBom = new byte[text.length + 2];
                    withBom[0] = (byte) 0xFF;
                    withBom[1] = (byte) 0xFE;
                    System.arraycopy(text, 0, withBom, 2, text.length);
                    return withBom;
                }, "is UTF-16 encoded (Excel's \"Unicode text\"), which is not read. Save it as UTF-8"),
                fault("a duplicated header column", lines -> {
                    List<String> copy = new ArrayList<>(lines.subList(0, 30));
                    copy.replaceAll(line -> line + "," + line.split(",")[5]);
                    return lf.apply(copy).getBytes(StandardCharsets.UTF_8);
                }, "the header has the column 'participant_email' more than once"));
    }

    private static Object[] fault(String what, Function<List<String>, byte[]> content, String reason) {
        return new Object[]{what, content, reason};
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachUnreadableFileIsRefusedWithItsReasonAndTheRestLoads(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = FaultySample.copy(temp, "delivery");
        List<Object[]> faults = unreadableFiles();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            String name = "enrolments-" + (i + 2) + ".csv";
            Files.write(delivery.resolve(name), ((Function<List<String>, byte[]>) faults.get(i)[1]).apply(FaultySample.enrolmentLines()));
            expected.add(name + ": " + faults.get(i)[2]);
        }
        FaultySample.write(delivery.resolve("badges").resolve("deep.json"), "{\"recipient\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        expected.add("badges/deep.json: not valid JSON at line 1: values are nested more than 500 deep");
        Files.copy(delivery.resolve("followups.csv"), delivery.resolve("kopie-van-followups.csv"));

        Result ingest = workspace.cli("ingest", delivery.toString());

        assertThat(ingest.exitCode()).as(ingest.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(ingest.err()).as(ingest.toString()).doesNotContain("Current transaction is aborted").doesNotContain("StreamReadConstraints");
        List<String> refused = workspace.strings("SELECT file_name || ': ' || reason FROM refused_file ORDER BY file_name");
        assertThat(refused).hasSize(expected.size());
        for (String reason : expected) {
            String file = reason.substring(0, reason.indexOf(':'));
            assertThat(refused).as(file).anySatisfy(r -> assertThat(r).startsWith(file + ": ").contains(reason.substring(file.length() + 2)));
            assertThat(ingest.err()).as(file).contains(file + ": ");
        }
        assertThat(ingest.out()).containsPattern("kopie-van-followups.csv +followups +same content as followups.csv, skipped");
        assertOtherFilesAsInSample(workspace);
        assertNothingPersonal(workspace, ingest.out(), ingest.err());

        // The same command says the same again (the run stays resumable); without the bad files the delivery completes.
        Result again = workspace.cli("ingest", delivery.toString());
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("enrolments-5.csv: cannot be read as a CSV file").doesNotContain("Current transaction");
        for (int i = 0; i < faults.size(); i++) {
            Files.delete(delivery.resolve("enrolments-" + (i + 2) + ".csv"));
        }
        Files.delete(delivery.resolve("badges").resolve("deep.json"));
        Result fixed = workspace.cli("ingest", delivery.toString());
        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertOtherFilesAsInSample(workspace);
    }
}
