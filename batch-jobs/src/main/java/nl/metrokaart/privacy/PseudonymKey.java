package nl.metrokaart.privacy;

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
import nl.metrokaart.warehouse.KeyFingerprint;

import org.springframework.stereotype.Component;

/**
 * The secret behind participant pseudonyms. It never enters the warehouse file: without it the
 * pseudonyms cannot be linked back to e-mail addresses, and with the same key a later delivery
 * maps the same person to the same pseudonym.
 *
 * <p>The warehouse keeps the key's {@link #fingerprint()} (table {@code pseudonym_key}), so that a
 * lost or exchanged key is noticed before it gives everybody new pseudonyms
 * (see {@link PseudonymKeyCheck}).
 */
@Component
public class PseudonymKey {

    private final MetrokaartProperties.Pseudonym settings;
    private byte[] key;

    public PseudonymKey(MetrokaartProperties properties) {
        this.settings = properties.getPseudonym();
    }

    /** Whether a key is in place: given in the environment, or the key file exists (it may still be empty). */
    public boolean isPresent() {
        return fromEnvironment() || Files.exists(settings.getKeyFile());
    }

    /** Where the key comes from, for messages: the key file's path, or the environment variable. */
    public String location() {
        return fromEnvironment() ? "METROKAART_PSEUDONYM_KEY (metrokaart.pseudonym.key)" : settings.getKeyFile().toAbsolutePath().normalize().toString();
    }

    /**
     * The fingerprint of the key in place, 64 hex digits: HMAC-SHA256 of a constant text under the
     * key. It identifies the key without revealing it. Never creates a key: with none in place this
     * is a user error saying to restore it.
     */
    public String fingerprint() {
        if (!isPresent()) {
            throw new UserInputException("There is no pseudonym key at " + location() + ": restore the key file from your backup.");
        }
        return fingerprintOf(bytes());
    }

    /** The fingerprint of a key given as its bytes (the key file's text, trimmed, in UTF-8): one definition, {@link KeyFingerprint}. */
    public static String fingerprintOf(byte[] key) {
        return KeyFingerprint.of(key);
    }

    /**
     * The fingerprint a warehouse keeps of the key its pseudonyms were made with; empty when it keeps
     * none (a new warehouse, or one made before fingerprints were kept). Works on any connection
     * to the warehouse, read-only ones too.
     */
    public static java.util.Optional<String> storedFingerprint(java.sql.Connection warehouse) throws java.sql.SQLException {
        try (java.sql.Statement s = warehouse.createStatement()) {
            boolean table;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = 'pseudonym_key'")) {
                table = rs.next() && rs.getLong(1) > 0;
            }
            if (!table) {
                return java.util.Optional.empty();
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT fingerprint FROM pseudonym_key ORDER BY created_at DESC LIMIT 1")) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    private boolean fromEnvironment() {
        return settings.getKey() != null && !settings.getKey().isBlank();
    }

    /**
     * The key bytes, read as every command reads them ({@link KeyFingerprint#keyInPlace}: the
     * environment's, else the key file's), the file created on first use. Jobs that write
     * pseudonyms check first ({@link PseudonymKeyCheck}), so a key is only created for a warehouse
     * that holds no data yet.
     */
    public synchronized byte[] bytes() {
        if (key == null) {
            Path file = settings.getKeyFile();
            if (!isPresent()) {
                try {
                    create(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the pseudonym key file " + file, e);
                }
            }
            key = KeyFingerprint.keyInPlace(settings).orElseThrow(() -> new UserInputException("The pseudonym key file " + file
                    + " is empty. Restore it from your backup; a new key would give every participant a new pseudonym."));
        }
        return key;
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
