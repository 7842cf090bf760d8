package nl.metrokaart.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;

import org.springframework.stereotype.Component;

/**
 * The secret behind participant pseudonyms. It never enters the warehouse file: without it the
 * pseudonyms cannot be linked back to e-mail addresses, and with the same key a later delivery
 * maps the same person to the same pseudonym.
 */
@Component
public class PseudonymKey {

    private final MetrokaartProperties.Pseudonym settings;
    private byte[] key;

    public PseudonymKey(MetrokaartProperties properties) {
        this.settings = properties.getPseudonym();
    }

    /** The key bytes: from the environment when set, else from the key file, created on first use. */
    public synchronized byte[] bytes() {
        if (key == null) {
            key = settings.getKey() != null && !settings.getKey().isBlank()
                    ? settings.getKey().trim().getBytes(StandardCharsets.UTF_8)
                    : fromFile(settings.getKeyFile());
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (text.isEmpty()) {
                throw new UserInputException("The pseudonym key file " + file + " is empty. Restore it from your backup; "
                        + "a new key would give every participant a new pseudonym.");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pseudonym key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the user's folder permissions.
        }
    }
}
