package nl.metrokaart.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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

/** backup, then restore onto a deleted warehouse, gives the same warehouse back; a wrong backup or key changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTest {

    Path temp;
    Workspace workspace;
    Path key;
    Path backups;

    @BeforeAll
    void sampleWarehouse(@TempDir Path dir) {
        temp = dir;
        workspace = new Workspace(temp);
        key = temp.resolve("key").resolve("pseudonym.key");
        backups = temp.resolve("backups");
        Result run = workspace.cli("run", "--input", Workspace.SAMPLE_DELIVERY.toString(), "--month", "2026-10");
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    @Order(1)
    void backupDeleteRestoreGivesTheSameStatusAndWorkbook() throws Exception {
        // run wrote the month's workbook
        List<String> workbookBefore = Workbooks.cells(workspace.out().resolve("maandrapportage-2026-10.xlsx"));
        Result statusBefore = workspace.cli("status");

        Result backup = workspace.cli("backup", "--to", backups.toString());

        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        Path file = onlyBackup();
        assertThat(file.getFileName().toString()).matches("metrokaart-\\d{8}-\\d{6}\\.duckdb");
        assertThat(backup.out()).contains("Backup written: " + file)
                .contains("Checked: it opens and holds the same rows as the warehouse")
                .contains("The pseudonym key is NOT in the backup. It is in the file " + key + ": back it up separately");
        // The key never goes into a backup: neither its text nor its bytes.
        byte[] backupBytes = Files.readAllBytes(file);
        String keyText = Files.readString(key).trim();
        assertThat(indexOf(backupBytes, keyText.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(backupBytes, HexFormat.of().parseHex(keyText))).isEqualTo(-1);
        assertThat(workspace.cli("doctor").out()).containsPattern("ok +Backup: the latest is \\d+ minutes old .*" + file.getFileName());

        Files.delete(workspace.warehouse());
        Result restore = workspace.cli("restore", file.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("Restored " + file).contains("The pseudonym key in place is the one the backup was made with.");
        Result statusAfter = workspace.cli("status");
        assertThat(statusAfter.out()).isEqualTo(statusBefore.out());
        assertThat(workbook()).isEqualTo(workbookBefore);
    }

    @Test
    @Order(2)
    void aRestoreOverAWarehouseKeepsTheReplacedOneAside() throws Exception {
        String before = sha256(workspace.warehouse());

        Result restore = workspace.cli("restore", onlyBackup().toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        try (Stream<Path> files = Files.list(workspace.warehouse().getParent())) {
            Path aside = files.filter(f -> f.getFileName().toString().matches("metrokaart\\.replaced-\\d{8}-\\d{6}\\.duckdb")).findFirst().orElseThrow();
            assertThat(restore.out()).contains("The replaced warehouse is kept at " + aside);
            assertThat(sha256(aside)).isEqualTo(before);
        }
    }

    @Test
    @Order(3)
    void aWrongBackupAWrongKeyOrNoKeyChangeNothing() throws Exception {
        Path backup = onlyBackup();
        String before = sha256(workspace.warehouse());
        long filesBefore = filesBesideWarehouse();

        Result notABackup = workspace.cli("restore", key.toString());
        assertThat(notABackup.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(notABackup.err()).contains(key + " is not a Metrokaart warehouse backup").doesNotContain("Exception");

        Result missing = workspace.cli("restore", temp.resolve("nothing.duckdb").toString());
        assertThat(missing.err()).contains("There is no backup at " + temp.resolve("nothing.duckdb"));

        Path otherKey = Files.writeString(temp.resolve("other.key"), "00112233445566778899aabbccddeeff\n");
        Result wrongKey = workspace.withKey(otherKey).cli("restore", backup.toString());
        assertThat(wrongKey.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrongKey.err()).contains("was made with another pseudonym key than the one in the file " + otherKey)
                .contains("Nothing was changed.");

        Result noKey = workspace.withKey(temp.resolve("no-such.key")).cli("restore", backup.toString());
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(noKey.err()).contains("There is no pseudonym key in place").contains("Nothing was changed.");
        assertThat(temp.resolve("no-such.key")).doesNotExist();

        assertThat(sha256(workspace.warehouse())).isEqualTo(before);
        assertThat(filesBesideWarehouse()).isEqualTo(filesBefore);
    }

    @Test
    @Order(4)
    void aBackupWaitsForTheProcessThatHoldsTheWarehouse() throws Exception {
        Path elsewhere = temp.resolve("later-backups");
        try (java.sql.Connection holder = workspace.connect();
             nl.metrokaart.ChildJvm backup = nl.metrokaart.ChildJvm.start(workspace,
                     List.of("metrokaart.schedule.busy-retry-first=200ms", "metrokaart.schedule.busy-retry-max=1s"),
                     "backup", "--to", elsewhere.toString())) {
            holder.createStatement().execute("CHECKPOINT");
            assertThat(backup.awaitOutput("warehouse busy: pid " + ProcessHandle.current().pid() + " holds it (a job is running); the backup tries again in",
                    java.time.Duration.ofMinutes(1))).as(backup.output()).isTrue();
            assertThat(elsewhere).doesNotExist();

            holder.close(); // the job is done

            assertThat(backup.await(java.time.Duration.ofMinutes(2))).as(backup.output()).isZero();
            assertThat(backup.output()).contains("Backup written: " + elsewhere.resolve("metrokaart-"));
        }
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private long filesBesideWarehouse() throws Exception {
        try (Stream<Path> files = Files.list(workspace.warehouse().getParent())) {
            return files.count();
        }
    }

    private List<String> workbook(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("report", "monthly", "--month", "2026-10"));
        args.addAll(List.of(options));
        Result report = workspace.cli(args.toArray(String[]::new));
        assertThat(report.exitCode()).as(report.toString()).isZero();
        return Workbooks.cells(workspace.out().resolve("maandrapportage-2026-10.xlsx"));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
