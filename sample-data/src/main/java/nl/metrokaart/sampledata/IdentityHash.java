package nl.metrokaart.sampledata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Open Badges hashed recipient: "sha256$" + hex(sha256(email + salt)). One digest, reused. */
final class IdentityHash {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final MessageDigest sha256;

    IdentityHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    String of(String email, String salt) {
        byte[] digest = sha256.digest((email + salt).getBytes(StandardCharsets.UTF_8));
        char[] out = new char[7 + digest.length * 2];
        "sha256$".getChars(0, 7, out, 0);
        for (int i = 0; i < digest.length; i++) {
            out[7 + 2 * i] = HEX[(digest[i] >> 4) & 15];
            out[8 + 2 * i] = HEX[digest[i] & 15];
        }
        return new String(out);
    }
}
