package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-world CSV through the real ingest job: encodings, delimiters, Dutch headers and dates, and rejects with their lines. */
class CsvIngestTest {


    @Test
    void aMessyWindowsExportLoadsItsGoodRowsAndRejectsTheRestWithLineAndReason(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.9");
        Path delivery = delivery(temp);
        // Excel on Dutch Windows: semicolons, Windows-1252, CRLF, Dutch headers, a quoted value with a
        // delimiter, quotes and a line break in it, and empty lines at the end.
        Files.write(delivery.resolve("inschrijvingen.csv"), String.join("\r\n",
                "Inschrijving ID;Run;Lijn;Module;Datum;E-mailadres;Naam;KvK-nummer;Rol;Status;Aanwezigheid",
                "E1;ROOD-2026-01;ROOD;NM-101;05-01-2026; Renée.Jansen@Example.nl ;Renée Jansen €;01234567;medewerker;ingeschreven;P",
                "E2;ROOD-2026-01;ROOD;NM-102;2026-01-19;piet@bakker.nl;\"Piet; de \"\"Grote\"\"\r\nBakker\";01234567;Ondernemer;ingeschreven;L",
                "E3;ROOD-2026-01;ROOD;NM-999;2026-01-19;a@x.nl;A;01234567;medewerker;ingeschreven;aanwezig",
                "E4;ROOD-2026-01;ROOD;NM-101;31-02-2026;b@x.nl;B;01234567;medewerker;ingeschreven;aanwezig",
                "E5;ROOD-2026-01",
                "E6;ROOD-2026-01;ROOD;NM-101;2026-01-05;c@x.nl;C;1234567;medewerker;ingeschreven;aanwezig",
                "E7;ROOD-2026-01;ROOD;NM-101;2026-01-05;d@x.nl;D;01234567;medewerker;ingeschreven;misschien",
                "E1;ROOD-2026-01;ROOD;NM-103;2026-02-02;e@x.nl;E;01234567;medewerker;ingeschreven;aanwezig",
                "E8;  ROOD-2026-01  ;ROOD;NM-103;2026-02-02;f@x.nl;F;01234567;medewerker;geannuleerd;",
                "", "").getBytes(Charset.forName("windows-1252")));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("read 9  loaded 3  rejected 6");
        assertThat(workspace.strings("SELECT enrolment_id || '|' || run_code || '|' || session_date || '|' || coalesce(role, '') || '|' "
                + "|| status || '|' || coalesce(attendance, '') FROM enrolment ORDER BY enrolment_id"))
                .containsExactly(
                        "E1|ROOD-2026-01|2026-01-05|medewerker|ingeschreven|aanwezig",
                        "E2|ROOD-2026-01|2026-01-19|ondernemer|ingeschreven|te laat",
                        "E8|ROOD-2026-01|2026-02-02|medewerker|geannuleerd|");
        assertThat(workspace.strings("SELECT line || ' ' || coalesce(column_name, '-') || ': ' || reason FROM reject ORDER BY line"))
                .containsExactly(
                        "4 module_code: module code NM-999 is not in metrokaart.yaml",
                        "5 session_date: session date 31-02-2026 is not a date (expected dd-mm-jjjj or jjjj-mm-dd)",
                        "6 " + workspace.strings("SELECT coalesce(column_name, '-') FROM reject WHERE line = 6").get(0)
                                + ": " + workspace.strings("SELECT reason FROM reject WHERE line = 6").get(0),
                        "7 company_kvk: kvk number 1234567 has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)",
                        "8 attendance: attendance misschien is not one of aanwezig, afwezig, te laat, afgemeld (or P, A, L, E)",
                        "9 enrolment_id: enrolment_id E1 already appears on line 2 of this file");
        assertThat(workspace.strings("SELECT reason FROM reject WHERE line = 6").get(0)).contains("fewer fields than the header");
        // The pseudonym is the HMAC of the trimmed, lower-cased address; no address is kept.
        assertThat(workspace.strings("SELECT participant_key FROM enrolment WHERE enrolment_id = 'E1'"))
                .containsExactly(hmac(temp, "renée.jansen@example.nl"));
        assertThat(workspace.count("SELECT count(*) FROM enrolment WHERE participant_key LIKE '%@%'")).isZero();
        assertThat(workspace.count("SELECT count(*) FROM reject WHERE value LIKE '%@%' OR reason LIKE '%@%'")).isZero();
    }

    @Test
    void aFileWithTooManyRejectsFailsAsAWholeAndLoadsNothing(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = delivery(temp);
        Files.writeString(delivery.resolve("enrolments.csv"), String.join("\n",
                "enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance",
                "E1,ROOD-2026-01,ROOD,NM-101,2026-01-05,a@x.nl,A,01234567,medewerker,ingeschreven,aanwezig",
                "E2,ROOD-2026-01,ROOD,NM-999,2026-01-05,b@x.nl,B,01234567,medewerker,ingeschreven,aanwezig"), StandardCharsets.UTF_8);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("failed at step 'verdict': the rest of the delivery was loaded, but 1 file was refused")
                .contains("enrolments.csv: 1 of 2 rows (50 %) were rejected, more than the 10 % allowed, so nothing of this file was loaded")
                .contains("line 3 (module_code): module code NM-999 is not in metrokaart.yaml");
        assertThat(result.out()).contains("enrolments.csv").contains("REFUSED, nothing of it loaded");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isZero();
        // The rest of the delivery loaded.
        assertThat(workspace.count("SELECT count(*) FROM company")).isEqualTo(3);
        assertThat(workspace.strings("SELECT file_name FROM refused_file")).containsExactly("enrolments.csv");

        Result again = workspace.cli("ingest", delivery.toString());
        assertThat(again.exitCode()).as("the same files give the same verdict").isEqualTo(ExitCodes.FAILED);
        assertThat(workspace.count("SELECT count(*) FROM company")).isEqualTo(3);
    }

    @Test
    void aUtf8ExportWithBomAndAMissingColumnIsRefusedNamingTheColumn(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = delivery(temp);
        Files.writeString(delivery.resolve("enrolments.csv"), "\uFEFFenrolment_id,run_code,lijn_code,module_code,session_date,status\n"
                + "E1,ROOD-2026-01,ROOD,NM-101,2026-01-05,ingeschreven\n", StandardCharsets.UTF_8);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("enrolments.csv: the column participant_email is missing (found: enrolment_id, run_code,")
                .contains("metrokaart.ingest.aliases.enrolments.participant_email");
    }

    @Test
    void companiesKeepTheirLeadingZeroAndA7DigitKvkGetsTheExcelHint(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.5");
        Path delivery = delivery(temp);
        Files.writeString(delivery.resolve("companies.csv"), "\uFEFFkvk,naam,sbi,sector,medewerkers,regio\n"
                + "01234567,Metaal & Zo B.V.,25.62,metaal,12,Twente\n"
                + "1234567,Kunststof Oost,22.2,kunststof,40,Twente\n"
                + "=HYPERLINK(\"x\"),Formule B.V.,,,3,Twente\n"
                + "76543210,\"Groot, Beter en Co\",28,machinebouw,\"1.250\",Achterhoek\n", StandardCharsets.UTF_8);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT company_kvk || '|' || name || '|' || employees FROM company ORDER BY company_kvk"))
                .containsExactly("01234567|Metaal & Zo B.V.|12", "76543210|Groot, Beter en Co|1250");
        assertThat(workspace.strings("SELECT line || ': ' || reason FROM reject ORDER BY line")).containsExactly(
                "3: kvk number 1234567 has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)",
                "4: kvk number =HYPERLINK(\"x\") is not 8 digits");
    }

    @Test
    void aNewerDeliveryOfAnEnrolmentReplacesTheOlderAndStatusListsTheRejects(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.5");
        String header = "enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance\n";
        Path september = delivery(temp.resolve("2026-09"));
        Files.writeString(september.resolve("enrolments.csv"), header
                + "E1,ROOD-2026-09,ROOD,NM-101,2026-09-07,a@x.nl,A,01234567,medewerker,ingeschreven,\n"
                + "E2,ROOD-2026-09,ROOD,NM-101,2026-09-07,b@x.nl,B,01234567,medewerker,ingeschreven,\n", StandardCharsets.UTF_8);
        Path october = delivery(temp.resolve("2026-10"));
        // The attendance of E1 was registered since; E3 is new; the bad row is rejected.
        Files.writeString(october.resolve("enrolments.csv"), header
                + "E1,ROOD-2026-09,ROOD,NM-101,2026-09-07,a@x.nl,A,01234567,medewerker,ingeschreven,aanwezig\n"
                + "E3,ROOD-2026-09,ROOD,NM-102,2026-09-21,a@x.nl,A,01234567,medewerker,ingeschreven,afwezig\n"
                + "E4,ROOD-2026-09,ROOD,NM-102,2026-09-21,c@x.nl,C,01234567,medewerker,onbekend,afwezig\n", StandardCharsets.UTF_8);

        assertThat(workspace.cli("ingest", september.toString()).exitCode()).isZero();
        assertThat(workspace.cli("ingest", october.toString()).exitCode()).isZero();

        assertThat(workspace.strings("SELECT enrolment_id || ' ' || coalesce(attendance, '-') FROM enrolment ORDER BY enrolment_id"))
                .containsExactly("E1 aanwezig", "E2 -", "E3 afwezig");
        Result status = workspace.cli("status", "--rejects", "--json");
        assertThat(status.out()).contains("\"file\" : \"enrolments.csv\"").contains("\"line\" : 4").contains("\"column\" : \"status\"")
                .contains("status onbekend is neither ingeschreven nor geannuleerd");
    }

    /** A delivery folder with the sample catalogue and three companies. */
    private static Path delivery(Path temp) throws Exception {
        Path delivery = temp.resolve("delivery");
        if (Files.exists(delivery.resolve("metrokaart.yaml"))) {
            return delivery;
        }
        return TestDelivery.withSampleCatalogue(delivery).file("companies.csv", "kvk,name,sbi,sector,employees,region\n"
                + "01234567,Metaal & Zo B.V.,25.62,metaal,12,Twente\n"
                + "23456789,Kunststof Oost,22.2,kunststof,40,Twente\n"
                + "34567890,Grootbedrijf,28,machinebouw,300,Achterhoek\n").path();
    }

    private static String hmac(Path temp, String email) {
        return new Workspace(temp).pseudonym(email);
    }
}
