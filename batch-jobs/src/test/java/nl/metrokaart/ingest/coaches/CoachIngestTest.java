package nl.metrokaart.ingest.coaches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.ingest.InputKind;
import nl.metrokaart.ingest.PlainEmails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coaches and coaching-activity exports through the real ingest job: names, headers, rejects, replacement. */
class CoachIngestTest {

    private static final String REJECTS = "SELECT file_name || ':' || line || ' ' || coalesce(column_name, '-') || ' ' || coalesce(value, '-') "
            + "|| ': ' || reason FROM reject ORDER BY file_name, line";
    private static final String COACHES = "SELECT coalesce(company_kvk, '-') || '|' || coalesce(track, '-') || '|' || trained_on || '|' || source_line "
            + "FROM coach ORDER BY ALL";
    private static final String ACTIVITIES = "SELECT a.activity_date || '|' || a.colleagues_count || '|' || coalesce(a.hours::VARCHAR, '-') || '|' "
            + "|| (SELECT count(*) FROM coached_colleague c WHERE c.activity_id = a.activity_id) FROM coaching_activity a ORDER BY ALL";


    @Test
    void filesAreRecognisedByTheirDutchAndEnglishNames() {
        for (String name : new String[]{"coaches.csv", "werkplekcoaches.csv", "train-the-trainer.csv", "Werkplekcoaches 2026.csv"}) {
            assertThat(InputKind.of(Path.of(name))).as(name).isEqualTo(InputKind.COACHES);
        }
        for (String name : new String[]{"coaching.csv", "coachactiviteiten.csv", "coachingsactiviteit.csv", "train-the-trainer-activiteiten.csv",
                "export/coaching-2026-10.csv"}) {
            assertThat(InputKind.of(Path.of(name))).as(name).isEqualTo(InputKind.COACHING);
        }
        // A survey of coach assessments stays an assessments file.
        assertThat(InputKind.of(Path.of("assessments-exit-coach.xlsx"))).isEqualTo(InputKind.ASSESSMENTS);
    }

    @Test
    void badRowsAreRejectedWithLineColumnValueAndReasonAndTheRestLoads(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.max-reject-share", "0.9");
        Path delivery = delivery(temp, "delivery");
        // As Excel on Dutch Windows saves it: ';', Windows-1252 (the é of Eén), Dutch dates.
        Files.writeString(delivery.resolve("werkplekcoaches.csv"), String.join("\r\n",
                "E-mailadres coach;Naam;KvK-nummer;Traject;Getraind op",
                "anna@example.nl;Anna;01234567;rood;15-01-2026",
                "bob@example.nl;Bob;1234567;Werkplekcoach;2026-02-01",
                "geen-adres;Cor;01234567;Werkplekcoach;2026-02-01",
                "dirk@example.nl;Dirk;;Werkplekcoach;31-02-2026",
                "eva@example.nl;Eva;;;",
                "Anna@Example.nl ;Anna;01234567;ROOD;16-01-2026",
                "fien@example.nl;Fien;23456789;Eén op één coachen;1-3-2026",
                ""), Charset.forName("windows-1252"));
        Files.writeString(delivery.resolve("coachactiviteiten.csv"), String.join("\n",
                "e-mailadres coach,datum,aantal collega's,e-mailadressen collega's,uren",
                "anna@example.nl,10-02-2026,2,piet@example.nl;kees@example.nl,\"1,5\"",
                "anna@example.nl,11-02-2026,,,1",
                "anna@example.nl,12-02-2026,nul,,1",
                "anna@example.nl,13-02-2026,1,piet@example.nl;kees-at-example.nl,1",
                "anna@example.nl,14-02-2026,1,,25",
                "anna@example.nl,2026-02-30,1,,1",
                "onbekend@example.nl,15-02-2026,3,,2",
                "anna@example.nl,10-02-2026,2,kees@example.nl|piet@example.nl,\"1,5\"",
                "anna@example.nl,10-02-2026,4,,1",
                ""));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("read 7  loaded 2  rejected 5").contains("read 9  loaded 3  rejected 6");
        assertThat(workspace.strings(COACHES)).containsExactly("01234567|ROOD|2026-01-15|2", "23456789|Eén op één coachen|2026-03-01|8");
        // The unknown coach's activity is kept; two activities of one coach on one day are two activities.
        assertThat(workspace.strings(ACTIVITIES)).containsExactly("2026-02-10|2|1.50|2", "2026-02-10|4|1.00|0", "2026-02-15|3|2.00|0");
        assertThat(workspace.strings(REJECTS)).containsExactly(
                "coachactiviteiten.csv:3 colleagues_count -: neither a number of colleagues nor their e-mail addresses is given; "
                        + "an activity coaches at least one colleague",
                "coachactiviteiten.csv:4 colleagues_count nul: number of colleagues nul is not a whole number of 1 or more",
                "coachactiviteiten.csv:5 colleague_emails -: entry 2 of 2 in the list of colleagues is not an e-mail address "
                        + "(separate addresses by ; , or |; the values are left out here for privacy)",
                "coachactiviteiten.csv:6 hours 25: hours 25 is not a number of hours above 0 and at most 24 (e.g. 1,5)",
                "coachactiviteiten.csv:7 activity_date 2026-02-30: date 2026-02-30 is not a date (expected dd-mm-jjjj or jjjj-mm-dd)",
                "coachactiviteiten.csv:9 - -: the same activity (coach, 10-02-2026, the same colleagues and hours) already appears on line 2 of this file",
                "werkplekcoaches.csv:3 company_kvk 1234567: kvk number 1234567 has 7 digits, a kvk number has 8; "
                        + "Excel may have dropped a leading zero (format the column as text)",
                "werkplekcoaches.csv:4 coach_email -: coach_email is not an e-mail address (the value is left out here for privacy)",
                "werkplekcoaches.csv:5 trained_on 31-02-2026: training date 31-02-2026 is not a date (expected dd-mm-jjjj or jjjj-mm-dd)",
                "werkplekcoaches.csv:6 trained_on -: trained_on is empty; a coach needs the day the training was completed",
                "werkplekcoaches.csv:7 - -: the same coach and track (ROOD) already appears on line 2 of this file");
        assertThat(PlainEmails.in(workspace)).isEmpty();
    }

    @Test
    void filesNamedOtherwiseAreRecognisedByTheirHeaders(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = delivery(temp, "delivery");
        Files.writeString(delivery.resolve("export-ttt.csv"), """
                coach_email,company_kvk,track,trained_on
                anna@example.nl,01234567,ROOD,2026-01-15
                """);
        // Named like an activities file, but it lists the coaches: the header decides between the two.
        Files.writeString(delivery.resolve("coaching-deelnemers.csv"), """
                E-mailadres;Bedrijf KvK;Getraind op
                bob@example.nl;23456789;02-02-2026
                """);
        Files.writeString(delivery.resolve("lijst-oktober.csv"), """
                Coach;Datum;Collega's;Uren
                anna@example.nl;01-10-2026;3;1
                anna@example.nl;08-10-2026;piet@example.nl, kees@example.nl;2
                """);

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings("SELECT file_name || ' ' || kind || ' ' || rows_loaded FROM ingested_file WHERE kind LIKE 'coach%' ORDER BY 1"))
                .containsExactly("coaching-deelnemers.csv coaches 1", "export-ttt.csv coaches 1", "lijst-oktober.csv coaching 2");
        // A plain number in the colleagues column is their number; a list, their addresses.
        assertThat(workspace.strings(ACTIVITIES)).containsExactly("2026-10-01|3|1.00|0", "2026-10-08|2|2.00|2");
    }

    @Test
    void aNewerDeliveryReplacesACoachsTrackAndACoachsDay(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path first = delivery(temp, "2026-09");
        Files.writeString(first.resolve("coaches.csv"), """
                coach_email,company_kvk,track,trained_on
                anna@example.nl,01234567,ROOD,2026-01-15
                bob@example.nl,23456789,Werkplekcoach,2026-02-01
                """);
        Files.writeString(first.resolve("coaching.csv"), """
                coach_email,activity_date,colleagues_count,colleague_emails,hours
                anna@example.nl,2026-09-01,2,piet@example.nl|kees@example.nl,1
                anna@example.nl,2026-09-01,1,,1
                anna@example.nl,2026-09-08,1,,1
                """);
        assertThat(workspace.cli("ingest", first.toString()).exitCode()).isZero();
        // The same files again change nothing.
        assertThat(workspace.cli("ingest", first.toString()).exitCode()).isZero();

        Path second = delivery(temp, "2026-10");
        // Anna's company corrected; her 1 September given again as one activity with a third colleague.
        Files.writeString(second.resolve("coaches.csv"), """
                coach_email,company_kvk,track,trained_on
                Anna@Example.nl,34567890,rood,15-01-2026
                """);
        Files.writeString(second.resolve("coaching.csv"), """
                coach_email,activity_date,colleagues_count,colleague_emails,hours
                anna@example.nl,01-09-2026,,piet@example.nl|kees@example.nl|joop@example.nl,2
                """);
        Result result = workspace.cli("ingest", second.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.strings(COACHES)).containsExactly("23456789|Werkplekcoach|2026-02-01|3", "34567890|ROOD|2026-01-15|2");
        assertThat(workspace.strings(ACTIVITIES)).containsExactly("2026-09-01|3|2.00|3", "2026-09-08|1|1.00|0");
        assertThat(workspace.count("SELECT count(*) FROM coached_colleague")).isEqualTo(3);
    }

    private static Path delivery(Path temp, String name) {
        return TestDelivery.withSampleCatalogue(temp.resolve(name)).path();
    }
}
