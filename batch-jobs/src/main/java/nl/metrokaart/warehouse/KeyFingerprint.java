package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.metrokaart.MetrokaartProperties;

/**
 * A fingerprint of the pseudonym key: HMAC-SHA256 keyed with the key over a fixed text, in hex.
 * It tells whether two keys are the same without revealing either, so it may be stored in the
 * warehouse and its backups (the key itself never is).
 */
public final class KeyFingerprint {

    private static final String TEXT = "metrokaart pseudonym key fingerprint";

    private KeyFingerprint() {
    }

    public static String of(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(TEXT.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key in place, read as PseudonymKey reads it (the environment's, else the file's), but
     * never created: empty when there is none. Commands that must not invent a key use this.
     */
    public static Optional<byte[]> keyInPlace(MetrokaartProperties.Pseudonym settings) {
        if (settings.getKey() != null && !settings.getKey().isBlank()) {
            return Optional.of(settings.getKey().trim().getBytes(StandardCharsets.UTF_8));
        }
        Path file = settings.getKeyFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pseudonym key file " + file, e);
        }
    }

    /** Where the key is, in words: the environment variable or the file. */
    public static String whereIs(MetrokaartProperties.Pseudonym settings) {
        return settings.getKey() != null && !settings.getKey().isBlank()
                ? "the environment variable METROKAART_PSEUDONYM_KEY (metrokaart.pseudonym.key)"
                : "the file " + settings.getKeyFile().toAbsolutePath().normalize();
    }
}
