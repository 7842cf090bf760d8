package nl.metrokaart.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inbox zips are unpacked within limits: a zip bomb, a zip too large in all, one of too many
 * entries, or one holding a symbolic link is refused with its reason (moved to failed/ with
 * REASON.txt), nothing of it stays unpacked, and its .ready marker does not stay in the inbox.
 */
class InboxZipLimitsTest {

    @TempDir
    Path temp;


    @Test
    void aZipBombIsRefusedByItsCompressionRatioWithTheDefaults() throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        // 8 MB of zeros packs into about 8 KB: the real one was 4 GB in 4 MB, the same ratio.
        try (OutputStream file = Files.newOutputStream(inbox.resolve("bom.zip")); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("export/enrolments.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Files.createFile(inbox.resolve("bom.ready")); // the marker named without .zip is understood too

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertRefused(result, inbox, "bom.zip", "bom.ready",
                "export/enrolments.csv unpacks to more than 200 times its packed size", "metrokaart.inbox.max-compression-ratio");
    }

    @Test
    void aZipLargerInAllThanTheLimitIsRefused() throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.inbox.max-unpacked-size", "200KB");
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        TestDelivery.zip(Workspace.SAMPLE_DELIVERY, inbox.resolve("oktober.zip"));
        Files.createFile(inbox.resolve("oktober.zip.ready"));

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertRefused(result, inbox, "oktober.zip", "oktober.zip.ready",
                "its files unpack to more than 200 KB in all (metrokaart.inbox.max-unpacked-size)", "raise the limit in application.yml");
    }

    @Test
    void aZipOfTooManyEntriesIsRefused() throws Exception {
        Workspace workspace = new Workspace(temp).with("metrokaart.inbox.max-zip-entries", "3");
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        TestDelivery.zip(Workspace.SAMPLE_DELIVERY, inbox.resolve("oktober.zip"));
        Files.createFile(inbox.resolve("oktober.zip.ready"));

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertRefused(result, inbox, "oktober.zip", "oktober.zip.ready", "files and folders, more than the 3 a delivery may hold",
                "metrokaart.inbox.max-zip-entries");
    }

    @Test
    void aSymbolicLinkInAZipIsRefusedByName() throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(inbox.resolve("link.zip"))) {
            ZipArchiveEntry link = new ZipArchiveEntry("export/enrolments.csv");
            link.setUnixMode(0120777); // a symbolic link, as zip -y stores it: the entry's content is the target
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        Files.createFile(inbox.resolve("link.zip.ready"));

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertRefused(result, inbox, "link.zip", "link.zip.ready", "it holds a symbolic link, export/enrolments.csv",
                "a delivery holds only files and folders");
        assertThat(result.err() + result.out()).doesNotContain("FileAlreadyExistsException");
    }

    private void assertRefused(Result result, Path inbox, String zip, String marker, String reason, String more) throws Exception {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).contains("inbox: " + zip + " FAILED");
        assertThat(result.out() + result.err()).doesNotContain("Unexpected error").doesNotContain("\tat ");
        Path failed = temp.resolve("failed").resolve(LocalDate.now().toString());
        assertThat(failed.resolve(zip)).isRegularFile();
        assertThat(failed.resolve(zip + ".REASON.txt")).content().contains(zip + " was not unpacked").contains(reason).contains(more);
        assertThat(inbox.resolve(marker)).as("the .ready marker is gone with its delivery").doesNotExist();
        assertThat(inbox.resolve(zip)).doesNotExist();
        assertThat(inbox.resolve(".processing")).isEmptyDirectory();
        if (Files.exists(inbox.resolve(".unpacked"))) {
            assertThat(inbox.resolve(".unpacked")).as("nothing of it stays unpacked").isEmptyDirectory();
        }
    }
}
