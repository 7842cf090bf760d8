package nl.metrokaart.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The e-mail address behind each pseudonym, kept encrypted (AES-256-GCM with a key derived from
 * the pseudonym key). Badge exports name recipients by a salted hash of their address, so
 * matching them needs the addresses of known participants; the warehouse never holds one in
 * the clear, and without the key the ciphertexts reveal nothing.
 */
@Component
public class ParticipantIdentities {

    private static final int NONCE = 12;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PseudonymKey key;
    private final Pseudonyms pseudonyms;
    private final SecureRandom random = new SecureRandom();

    public ParticipantIdentities(JdbcTemplate jdbc, DataSource dataSource, PseudonymKey key, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.key = key;
        this.pseudonyms = pseudonyms;
    }

    /** Remembers the addresses in {@code table.emailColumn} (rows matching {@code where}) not known yet. */
    public void remember(String table, String emailColumn, String where) {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE identity_candidate AS SELECT email, " + pseudonyms.sql("email") + " AS participant_key "
                + "FROM (SELECT DISTINCT lower(trim(" + emailColumn + ")) AS email FROM " + table + " WHERE " + where
                + " AND " + emailColumn + " IS NOT NULL)");
        remember("identity_candidate");
        jdbc.execute("DROP TABLE identity_candidate");
    }

    /** Remembers the addresses of {@code table(email, participant_key)} whose pseudonym is not known yet. */
    public void remember(String table) {
        List<String[]> fresh = jdbc.query("SELECT email, participant_key FROM " + table
                        + " WHERE participant_key NOT IN (SELECT participant_key FROM participant_identity)",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)});
        if (fresh.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "participant_identity")) {
            SecretKeySpec secret = secret();
            // Encryption is the costly part at a few hundred thousand new participants: spread it over the cores.
            ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(ParticipantIdentities::newCipher);
            String[] sealed = fresh.parallelStream().map(row -> encrypt(ciphers.get(), secret, row[0])).toArray(String[]::new);
            for (int i = 0; i < sealed.length; i++) {
                appender.beginRow().append(fresh.get(i)[1]).append(sealed[i]).endRow();
            }
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot store participant identities: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Fills TEMP table {@code known_email(participant_key, email)} with every known participant's
     * address, for matching hashed badge recipients in SQL. It lives only in this connection's
     * memory, never in the warehouse file; drop it when done.
     */
    public void exposeAsTempTable() {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE known_email (participant_key VARCHAR, email VARCHAR)");
        List<String[]> rows = jdbc.query("SELECT participant_key, email_cipher FROM participant_identity",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)});
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "known_email")) {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            SecretKeySpec secret = secret();
            for (String[] row : rows) {
                appender.beginRow().append(row[0]).append(decrypt(cipher, secret, row[1])).endRow();
            }
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read participant identities (was the pseudonym key changed?): " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private String encrypt(Cipher cipher, SecretKeySpec secret, String email) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(email.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a participant identity", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decrypt(Cipher cipher, SecretKeySpec secret, String text) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(text);
        cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(128, all, 0, NONCE));
        return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
    }

    /** A key of its own for encryption, derived from the pseudonym key (never the HMAC key itself). */
    private SecretKeySpec secret() throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("metrokaart participant identity v1\0".getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(sha.digest(key.bytes()), "AES");
    }
}
