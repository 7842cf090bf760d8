package nl.metrokaart.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses behind the pseudonyms, kept encrypted (ChaCha20-Poly1305, key derived from the
 * pseudonym key) in one batch per loaded file. Badge exports name recipients by a salted hash
 * of their address, so matching them needs the addresses of known participants; the warehouse
 * never holds one in the clear, and without the key the batches reveal nothing.
 */
@Component
public class ParticipantIdentities {

    /** Authenticated encryption; ChaCha20-Poly1305 ran three times faster than AES-GCM on the JDK here. */
    private static final String CIPHER = "ChaCha20-Poly1305";
    private static final int NONCE = 12;
    /** Pairs per sealed batch (metrokaart.ingest.identity-batch-size; 100,000 is about 10 MB of text). */
    private final int batchSize;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PseudonymKey key;
    private final Pseudonyms pseudonyms;
    private final SecureRandom random = new SecureRandom();

    public ParticipantIdentities(JdbcTemplate jdbc, DataSource dataSource, PseudonymKey key, Pseudonyms pseudonyms,
            nl.metrokaart.MetrokaartProperties properties) {
        this.batchSize = properties.getIngest().getIdentityBatchSize();
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.key = key;
        this.pseudonyms = pseudonyms;
    }

    /** Remembers the addresses in {@code table.emailColumn} (rows matching {@code where}). */
    public void remember(String table, String emailColumn, String where) {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE identity_candidate AS SELECT email, " + pseudonyms.sql("email") + " AS participant_key "
                + "FROM (SELECT DISTINCT lower(trim(" + emailColumn + ")) AS email FROM " + table + " WHERE " + where
                + " AND " + emailColumn + " IS NOT NULL)");
        remember("identity_candidate");
        jdbc.execute("DROP TABLE identity_candidate");
    }

    /**
     * Remembers the pairs of {@code table(email, participant_key)} as encrypted batches of at most
     * metrokaart.ingest.identity-batch-size pairs: a file of two million participants must not become one text of a few
     * hundred megabytes, in DuckDB or on the heap.
     */
    public void remember(String table) {
        // Participants erased on request (AVG) are not remembered again when an old export names them.
        jdbc.execute("CREATE OR REPLACE TEMP TABLE identity_numbered AS "
                + "SELECT row_number() OVER () - 1 AS n, participant_key, email FROM " + table
                + " WHERE participant_key NOT IN (SELECT participant_key FROM erased_participant)");
        Long pairs = jdbc.queryForObject("SELECT count(*) FROM identity_numbered", Long.class);
        for (long from = 0; pairs != null && from < pairs; from += batchSize) {
            String lines = jdbc.queryForObject("SELECT string_agg(participant_key || chr(9) || email, chr(10)) FROM identity_numbered "
                    + "WHERE n >= ? AND n < ?", String.class, from, from + batchSize);
            if (lines != null && !lines.isEmpty()) {
                jdbc.update("INSERT INTO participant_identity_batch VALUES (current_timestamp, ?)", (Object) seal(lines));
            }
        }
        jdbc.execute("DROP TABLE identity_numbered");
    }

    /**
     * Fills TEMP table {@code known_email(participant_key, email)} with every known participant's
     * address, for matching hashed badge recipients in SQL. It lives only in this connection's
     * memory, never in the warehouse file; drop it when done.
     */
    public void exposeAsTempTable() {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE known_email_all (participant_key VARCHAR, email VARCHAR)");
        List<byte[]> batches = jdbc.query("SELECT identities FROM participant_identity_batch", (rs, i) -> rs.getBytes(1));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "known_email_all")) {
            for (byte[] batch : batches) {
                for (String line : open(batch).split("\n")) {
                    int tab = line.indexOf('\t');
                    appender.beginRow().append(line.substring(0, tab)).append(line.substring(tab + 1)).endRow();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read participant identities: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.execute("CREATE OR REPLACE TEMP TABLE known_email AS SELECT DISTINCT participant_key, email FROM known_email_all");
        jdbc.execute("DROP TABLE known_email_all");
    }

    /** The numbers (1 = oldest) of the sealed batches that hold {@code participantKey}'s address. */
    public List<Integer> batchesHolding(String participantKey) {
        List<Integer> holding = new java.util.ArrayList<>();
        List<byte[]> batches = jdbc.query("SELECT identities FROM participant_identity_batch ORDER BY created_at, rowid", (rs, i) -> rs.getBytes(1));
        for (int i = 0; i < batches.size(); i++) {
            if (open(batches.get(i)).lines().anyMatch(line -> line.startsWith(participantKey + "\t"))) {
                holding.add(i + 1);
            }
        }
        return holding;
    }

    /** What {@link #forget} did: the batches re-sealed (or dropped when emptied), and the addresses taken out. */
    public record Forgotten(int batches, java.util.Set<String> emails) {
    }

    /**
     * Takes the addresses of {@code participantKeys} out of every sealed batch: a batch holding one
     * is re-sealed without it (a fresh nonce), or deleted when nothing else is left in it.
     */
    public Forgotten forget(java.util.Set<String> participantKeys) {
        int changed = 0;
        java.util.Set<String> emails = new java.util.TreeSet<>();
        List<java.util.Map<String, Object>> batches = jdbc.queryForList("SELECT rowid AS id, identities FROM participant_identity_batch");
        for (java.util.Map<String, Object> batch : batches) {
            String[] lines = open((byte[]) batch.get("identities")).split("\n");
            StringBuilder kept = new StringBuilder();
            boolean removed = false;
            for (String line : lines) {
                int tab = line.indexOf('\t');
                if (tab > 0 && participantKeys.contains(line.substring(0, tab))) {
                    emails.add(line.substring(tab + 1));
                    removed = true;
                } else if (!line.isEmpty()) {
                    kept.append(kept.isEmpty() ? "" : "\n").append(line);
                }
            }
            if (removed) {
                changed++;
                if (kept.isEmpty()) {
                    jdbc.update("DELETE FROM participant_identity_batch WHERE rowid = ?", batch.get("id"));
                } else {
                    jdbc.update("UPDATE participant_identity_batch SET identities = ? WHERE rowid = ?", seal(kept.toString()), batch.get("id"));
                }
            }
        }
        return new Forgotten(changed, emails);
    }

    /** Whether {@code batch} was sealed with a key derived from {@code pseudonymKey} (authenticated encryption tells). */
    public static boolean sealedWith(byte[] pseudonymKey, byte[] batch) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, secret(pseudonymKey), new IvParameterSpec(batch, 0, NONCE));
            cipher.doFinal(batch, NONCE, batch.length - NONCE);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private byte[] seal(String text) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, secret(), new IvParameterSpec(nonce));
            // Not compressed: at a million rows compression cost more time than the space was worth.
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt participant identities", e);
        }
    }

    private String open(byte[] batch) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, secret(), new IvParameterSpec(batch, 0, NONCE));
            return new String(cipher.doFinal(batch, NONCE, batch.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read participant identities: was the pseudonym key changed since they were stored?", e);
        }
    }

    /** A key of its own for encryption, derived from the pseudonym key (never the HMAC key itself). */
    private SecretKeySpec secret() throws GeneralSecurityException {
        return secret(key.bytes());
    }

    private static SecretKeySpec secret(byte[] pseudonymKey) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("metrokaart participant identity v1\0".getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(sha.digest(pseudonymKey), "ChaCha20");
    }
}
