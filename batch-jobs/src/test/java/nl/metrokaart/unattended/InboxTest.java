package nl.metrokaart.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox, one look at a time (./metrokaart inbox): what is complete, where deliveries go, and what a cut-off run left behind. */
class InboxTest {

    private static String today() {
        return LocalDate.now().toString();
    }

    @Test
    void completeDeliveriesAreIngestedAndArchivedFailedOnesGetAReasonIncompleteOnesWait(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        TestDelivery.zip(Workspace.SAMPLE_DELIVERY, inbox.resolve("oktober.zip"));
        Files.createFile(inbox.resolve("oktober.zip.ready"));
        Path bad = Files.createDirectories(inbox.resolve("kapot"));
        Files.writeString(bad.resolve("metrokaart.yaml"), Files.readString(Workspace.SAMPLE_DELIVERY.resolve("metrokaart.yaml"))
                .replaceFirst("hours: 4", "hours: 6"));
        Files.createFile(inbox.resolve("kapot.ready"));
        Path busy = Files.createDirectories(inbox.resolve("still-copying"));
        Files.writeString(busy.resolve("companies.csv"), "kvk,name\n"); // just written, no marker: not complete yet

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).contains("inbox: oktober.zip ingested").contains("inbox: kapot FAILED");
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        Path archived = temp.resolve("archive").resolve(today()).resolve("oktober.zip");
        assertThat(archived).isRegularFile();
        Path failed = temp.resolve("failed").resolve(today());
        assertThat(failed.resolve("kapot").resolve("metrokaart.yaml")).isRegularFile();
        assertThat(failed.resolve("kapot.REASON.txt")).content()
                .contains("could not be ingested").contains("6 hours is more than a nanomodule may take").contains("What to do")
                .contains("put the whole delivery back into the inbox");
        try (Stream<Path> summaries = Files.list(workspace.out())) {
            assertThat(summaries.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("failed-") && n.endsWith("-ingest-kapot.txt"));
        }
        assertThat(inbox.resolve("still-copying")).isDirectory();
        assertThat(inbox.resolve("oktober.zip.ready")).doesNotExist();
        assertThat(inbox.resolve(".processing")).isEmptyDirectory();

        // The same content again under the same name: recognised, nothing loaded twice, archived beside the first.
        TestDelivery.zip(Workspace.SAMPLE_DELIVERY, inbox.resolve("oktober.zip"));
        Files.createFile(inbox.resolve("oktober.zip.ready"));
        Result again = workspace.cli("inbox", "--inbox", inbox.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("oktober.zip was ingested before (same content): nothing loaded");
        assertThat(temp.resolve("archive").resolve(today()).resolve("oktober-2.zip")).isRegularFile();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
    }

    @Test
    void whatACutOffRunLeftBehindIsTakenUpOrCleanedUp(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path processing = Files.createDirectories(inbox.resolve(".processing"));
        // Claimed, then the process died before the ingest started.
        TestDelivery.copyFolder(Workspace.SAMPLE_DELIVERY, processing.resolve("claimed"));
        // A zip claimed and half unpacked.
        TestDelivery.zip(Workspace.SAMPLE_DELIVERY, processing.resolve("half.zip"));
        Path partial = Files.createDirectories(inbox.resolve(".unpacked").resolve(".half.zip.partial"));
        Files.writeString(partial.resolve("enrolments.csv"), "enrolment_id,run_code\nE1,ROOD");
        // Unpacked files of a zip that was archived before they could be removed, and a marker whose delivery was claimed.
        Files.createDirectories(inbox.resolve(".unpacked").resolve("gone.zip")).resolve("x.csv").toFile().createNewFile();
        Path orphanMarker = Files.createFile(inbox.resolve("earlier.ready"));
        Files.setLastModifiedTime(orphanMarker, FileTime.from(Instant.now().minusSeconds(3600)));

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("taking up claimed again").contains("taking up half.zip again");
        Path archive = temp.resolve("archive").resolve(today());
        assertThat(archive.resolve("claimed")).isDirectory();
        assertThat(archive.resolve("half.zip")).isRegularFile();
        assertThat(processing).isEmptyDirectory();
        assertThat(inbox.resolve(".unpacked")).isEmptyDirectory();
        assertThat(orphanMarker).doesNotExist();
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(1559);
        assertThat(workspace.count("SELECT count(*) FROM enrolment WHERE enrolment_id = 'E1'")).isZero();
    }

    @Test
    void aSingleFileIsNotADeliveryAndSaysWhatToDo(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path stray = Files.copy(Workspace.SAMPLE_DELIVERY.resolve("companies.csv"), inbox.resolve("companies.csv"));
        Files.setLastModifiedTime(stray, FileTime.from(Instant.now().minusSeconds(3600))); // quiet for an hour: complete

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(temp.resolve("failed").resolve(today()).resolve("companies.csv.REASON.txt")).content()
                .contains("is a single file, not a delivery").contains("a delivery is a folder (or a .zip)");
        assertThat(workspace.warehouse()).as("nothing to load, but the warehouse was opened to try").exists();
    }

    @Test
    void anEmptyInboxDoesNotOpenTheWarehouse(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = temp.resolve("inbox");

        Result result = workspace.cli("inbox", "--inbox", inbox.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("nothing complete to ingest");
        assertThat(workspace.warehouse()).doesNotExist();
        assertThat(inbox).isDirectory();
    }
}
