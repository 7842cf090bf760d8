package nl.metrokaart.privacy;

import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Turns e-mail addresses into participant keys inside DuckDB, at read_csv speed:
 * HMAC-SHA256 (RFC 2104) of the trimmed, lower-cased address, written out with DuckDB's
 * sha256 because DuckDB has no hmac function. The key only appears in the query text.
 */
@Component
public class Pseudonyms {

    private static final int BLOCK = 64;

    private final PseudonymKey key;

    public Pseudonyms(PseudonymKey key) {
        this.key = key;
    }

    /** A SQL expression giving the pseudonym (64 hex digits) of the e-mail in {@code emailExpression}. */
    public String sql(String emailExpression) {
        byte[] k = key.bytes();
        if (k.length > BLOCK) {
            k = sha256(k);
        }
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            inner[i] = (byte) (b ^ 0x36);
            outer[i] = (byte) (b ^ 0x5c);
        }
        return "sha256(unhex('" + HexFormat.of().formatHex(outer) + "') || unhex(sha256(unhex('"
                + HexFormat.of().formatHex(inner) + "') || encode(lower(trim(" + emailExpression + "))))))";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
