package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;
import nl.metrokaart.privacy.PseudonymKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lost or exchanged pseudonym key stops every ingest instead of giving everybody new pseudonyms (issue 18 item 4). */
class PseudonymKeyCheckTest {

    @Test
    void aWarehouseWithDataRefusesAMissingOrOtherKeyAndDoctorSaysSo(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path key = temp.resolve("key").resolve("pseudonym.key");
        assertThat(workspace.cli("ingest", FaultySample.copy(temp, "first").toString()).exitCode()).isZero();
        PseudonymKey inPlace = new PseudonymKey(properties(key));
        assertThat(stored(workspace)).contains(inPlace.fingerprint());
        String original = Files.readString(key);

        // A warehouse from before fingerprints were kept, and its key file lost: refused, and no key is made up.
        try (Connection c = workspace.connect()) {
            c.createStatement().execute("DELETE FROM pseudonym_key");
        }
        Files.delete(key);
        Path second = FaultySample.copy(temp, "second");
        Result missing = workspace.cli("ingest", second.toString());
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err()).contains("The pseudonym key " + key + " is missing").contains("Restore the key file " + key + " from your backup")
                .contains("a new key would give every participant a new pseudonym");
        assertThat(key).doesNotExist();
        Result doctor = workspace.cli("doctor");
        assertThat(doctor.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(doctor.out()).containsPattern("PROBLEM +Pseudonym key " + key + " is missing");

        // The key restored: the same command resumes, and the upgrade records the fingerprint of the key in place.
        Files.writeString(key, original, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Result restored = workspace.cli("ingest", second.toString());
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(stored(workspace)).contains(inPlace.fingerprint());

        // Another key: refused, and doctor names the mismatch.
        Files.writeString(key, "another key\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Result other = workspace.cli("ingest", FaultySample.copy(temp, "third").toString());
        assertThat(other.exitCode()).as(other.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(other.err()).contains("is not the key this warehouse's pseudonyms were made with").contains("Restore the key file " + key);
        Result mismatch = workspace.cli("doctor");
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(mismatch.out()).containsPattern("PROBLEM +Pseudonym key " + key + " is not the key the warehouse's pseudonyms were made with");
        assertThat(stored(workspace)).contains(inPlace.fingerprint());
        assertThat(workspace.count("SELECT count(*) FROM ingested_file")).isEqualTo(FaultySample.SAMPLE_COUNTS.size());
    }

    @Test
    void theFingerprintIsAKeyedHashOfAConstantNotTheKey(@TempDir Path temp) {
        MetrokaartProperties properties = properties(temp.resolve("pseudonym.key"));
        properties.getPseudonym().setKey("k".repeat(64));
        String fingerprint = new PseudonymKey(properties).fingerprint();

        assertThat(fingerprint).matches("[0-9a-f]{64}").isEqualTo(PseudonymKey.fingerprintOf("k".repeat(64).getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(PseudonymKey.fingerprintOf("k".repeat(63).getBytes(StandardCharsets.UTF_8)));
        assertThat(fingerprint).doesNotContain("6b6b6b6b");
    }

    private static Optional<String> stored(Workspace workspace) throws Exception {
        try (Connection c = workspace.connect()) {
            return PseudonymKey.storedFingerprint(c);
        }
    }

    private static MetrokaartProperties properties(Path key) {
        MetrokaartProperties properties = new MetrokaartProperties();
        properties.getPseudonym().setKeyFile(key);
        return properties;
    }
}
