package nl.metrokaart.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import nl.metrokaart.ChildJvm;
import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedule as a process of its own: it ingests what is dropped in the inbox, writes the report on its cron, and waits for a busy warehouse. */
// Slow by nature: a real process in real time (a cron a few seconds ahead, SIGTERM, kill -9), not data.
// Still part of `mvn verify`; `mvn verify -DexcludedGroups=slow` leaves these out for a quick round.
@org.junit.jupiter.api.Tag("slow")
class ScheduleTest {

    @Test
    void ingestsADroppedDeliveryWritesTheReportOnTimeAndStopsOnSigterm(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        // A cron a few seconds ahead; if the process starts late, the catch-up of the last minutes writes it instead.
        LocalDateTime due = LocalDateTime.now().plusSeconds(10).withNano(0);
        String cron = due.getSecond() + " " + due.getMinute() + " " + due.getHour() + " * * *";
        YearMonth month = YearMonth.from(due).minusMonths(1);

        try (ChildJvm schedule = ChildJvm.start(workspace,
                List.of("metrokaart.inbox.quiet-period=1s", "metrokaart.schedule.catch-up=5m"),
                "schedule", "--inbox", inbox.toString(), "--poll-interval", "200ms", "--report-cron", cron)) {
            assertThat(schedule.awaitOutput("schedule: monthly report on cron", Duration.ofMinutes(1))).as(schedule.output()).isTrue();

            // Dropped without a marker: picked up once nothing in it changed for the quiet period.
            Path staged = temp.resolve("staging").resolve("2026-10");
            TestDelivery.copyFolder(Workspace.SAMPLE_DELIVERY, staged);
            Files.move(staged, inbox.resolve("2026-10"));

            assertThat(schedule.awaitOutput("inbox: 2026-10 ingested", Duration.ofMinutes(2))).as(schedule.output()).isTrue();
            assertThat(schedule.awaitOutput("report: wrote", Duration.ofMinutes(2))).as(schedule.output()).isTrue();

            Integer exit = schedule.terminate(Duration.ofMinutes(1));
            assertThat(exit).as(schedule.output()).isNotNull().isIn(0, 143); // 143 = ended by SIGTERM, after its clean-up ran
            assertThat(schedule.output())
                    .contains("report: writing the monthly report for " + month + " (due " + due.toLocalDate())
                    .contains("schedule: stopping")
                    .contains("schedule: stopped")
                    .doesNotContain("\tat ");
        }

        assertThat(temp.resolve("archive").resolve(LocalDate.now().toString()).resolve("2026-10")).isDirectory();
        assertThat(workspace.out().resolve("maandrapportage-" + month + ".xlsx")).isNotEmptyFile();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        assertThat(workspace.strings("SELECT i.job_name || ':' || e.status FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id) "
                + "ORDER BY e.job_execution_id")).contains("ingest:COMPLETED", "monthlyReport:COMPLETED").allMatch(s -> s.endsWith(":COMPLETED"));
        assertThat(temp.resolve("logs").resolve("metrokaart-schedule.log")).content().contains("inbox: 2026-10 ingested");
    }

    @Test
    void aJobThatFindsTheWarehouseBusyWaitsThenRuns(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        TestDelivery.copyFolder(Workspace.SAMPLE_DELIVERY, inbox.resolve("2026-10"));
        Files.createFile(inbox.resolve("2026-10.ready"));
        Files.createDirectories(workspace.warehouse().getParent());

        try (Connection holder = DriverManager.getConnection("jdbc:duckdb:" + workspace.warehouse());
             ChildJvm schedule = ChildJvm.start(workspace,
                     List.of("metrokaart.schedule.busy-retry-first=200ms", "metrokaart.schedule.busy-retry-max=1s"),
                     "schedule", "--inbox", inbox.toString(), "--poll-interval", "200ms", "--report-cron", "-",
                     "--backup-cron", "*/2 * * * * *", "--backup-to", temp.resolve("backups").toString())) {
            holder.createStatement().execute("CREATE TABLE held_by_an_analyst (x INTEGER)");

            assertThat(schedule.awaitOutput("warehouse busy: pid " + ProcessHandle.current().pid() + " holds it; trying again in",
                    Duration.ofMinutes(1))).as(schedule.output()).isTrue();
            assertThat(schedule.output()).doesNotContain("ingested");
            assertThat(inbox.resolve("2026-10")).as("nothing is claimed while the warehouse is busy").isDirectory();

            holder.close(); // the analyst is done

            assertThat(schedule.awaitOutput("inbox: 2026-10 ingested", Duration.ofMinutes(2))).as(schedule.output()).isTrue();
            // The backup cron waits for the warehouse like every scheduled job, then writes a checked backup.
            assertThat(schedule.awaitOutput("backup: Checked: it opens and holds the same rows", Duration.ofMinutes(2))).as(schedule.output()).isTrue();
            assertThat(schedule.terminate(Duration.ofMinutes(1))).as(schedule.output()).isNotNull();
            assertThat(schedule.output()).contains("schedule: backup on cron \"*/2 * * * * *\"").contains("backup: Backup written: " + temp.resolve("backups"));
        }
        try (java.util.stream.Stream<Path> backups = Files.list(temp.resolve("backups"))) {
            assertThat(backups.filter(f -> f.getFileName().toString().matches("metrokaart-\\d{8}-\\d{6}(-\\d+)?\\.duckdb"))).isNotEmpty();
        }

        assertThat(temp.resolve("archive").resolve(LocalDate.now().toString()).resolve("2026-10")).isDirectory();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
    }

    @Test
    void aWrongCronIsOneLineBeforeAnythingStarts(@TempDir Path temp) {
        Workspace workspace = new Workspace(temp);

        Workspace.Result result = workspace.cli("schedule", "--report-cron", "monthly", "--inbox", temp.resolve("inbox").toString());

        assertThat(result.exitCode()).isEqualTo(nl.metrokaart.cli.ExitCodes.FAILED);
        assertThat(result.err()).contains("The report cron \"monthly\" is not valid: it has six fields").doesNotContain("\tat ");
        assertThat(workspace.warehouse()).doesNotExist();

        Workspace.Result backup = workspace.cli("schedule", "--backup-cron", "nightly", "--inbox", temp.resolve("inbox").toString());
        assertThat(backup.exitCode()).isEqualTo(nl.metrokaart.cli.ExitCodes.FAILED);
        assertThat(backup.err()).contains("The backup cron \"nightly\" is not valid");
        assertThat(workspace.warehouse()).doesNotExist();
    }
}
