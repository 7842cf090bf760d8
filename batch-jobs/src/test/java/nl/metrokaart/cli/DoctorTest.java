package nl.metrokaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor names each problem of a set-up and how to fix it. */
class DoctorTest {

    @Test
    void aBrokenSetUpNamesEveryProblemWithItsFixAndExitsOne(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path key = workspace.root().resolve("key").resolve("pseudonym.key");
        Files.createDirectories(key.getParent());
        Files.writeString(key, "0123456789abcdef\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Path blocker = Files.writeString(temp.resolve("data-is-a-file"), "x");
        Path inboxFile = Files.writeString(temp.resolve("inbox"), "not a folder");
        Path catalogue = Files.writeString(temp.resolve("metrokaart.yaml"), Files.readString(Workspace.SAMPLE_DELIVERY.resolve("metrokaart.yaml"))
                .replaceFirst("hours: 4", "hours: 7"));

        Result result = workspace.exactly("doctor", "--warehouse", blocker.resolve("metrokaart.duckdb").toString(),
                "--inbox", inboxFile.toString(), "--catalogue", catalogue.toString(), "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out())
                .contains("ok       Java " + Runtime.version().feature())
                .contains("PROBLEM  Warehouse " + blocker.resolve("metrokaart.duckdb") + " cannot be created: " + blocker + " is a file, not a folder")
                .contains("PROBLEM  Pseudonym key " + key + " is readable by others (rw-r--r--)")
                .contains("Fix: chmod 600 " + key)
                .contains("PROBLEM  Inbox " + inboxFile + " is a file, not a folder")
                .contains("PROBLEM  Catalogue " + catalogue + " is not valid").contains("7 hours is more than a nanomodule may take")
                .contains("4 problems found: fix them and run ./metrokaart doctor again.");
        assertThat(result.out().lines().filter(l -> l.contains("PROBLEM")).count()).isEqualTo(4);
        assertThat(result.out().lines().filter(l -> l.trim().startsWith("Fix:")).count()).isGreaterThanOrEqualTo(4);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aSoundSetUpHasNoProblems(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        TestDelivery.copyFolder(Workspace.SAMPLE_DELIVERY, inbox.resolve("2026-10"));
        LoadedWarehouse.sample(temp); // the sample delivery, ingested

        Result result = workspace.cli("doctor", "--inbox", inbox.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("ok       Warehouse " + workspace.warehouse() + " is writable")
                .contains("is present and private (rw-------)")
                .contains("ok       Catalogue " + inbox.resolve("2026-10").resolve("metrokaart.yaml") + " is valid")
                .contains("ok       Inbox " + inbox + " is readable and writable")
                .contains("No problems found.")
                .doesNotContain("PROBLEM");
    }
}
