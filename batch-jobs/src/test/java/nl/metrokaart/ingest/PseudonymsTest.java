package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.privacy.PseudonymKey;
import nl.metrokaart.privacy.Pseudonyms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTest {

    @Test
    void theSqlPseudonymIsHmacSha256OfTheNormalisedAddress(@TempDir Path temp) throws Exception {
        MetrokaartProperties properties = new MetrokaartProperties();
        properties.getPseudonym().setKeyFile(temp.resolve("pseudonym.key"));
        PseudonymKey key = new PseudonymKey(properties);
        Pseudonyms pseudonyms = new Pseudonyms(key);

        String sql;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT " + pseudonyms.sql("'  Jan.de.Vries@Example.NL '"))) {
            rs.next();
            sql = rs.getString(1);
        }

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("jan.de.vries@example.nl".getBytes(StandardCharsets.UTF_8)));
        assertThat(sql).isEqualTo(expected);
    }

    @Test
    void aLongKeyIsHashedFirstAsRfc2104Says(@TempDir Path temp) throws Exception {
        MetrokaartProperties properties = new MetrokaartProperties();
        properties.getPseudonym().setKey("k".repeat(100));
        Pseudonyms pseudonyms = new Pseudonyms(new PseudonymKey(properties));

        String sql;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT " + pseudonyms.sql("'a@b.nl'"))) {
            rs.next();
            sql = rs.getString(1);
        }

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("k".repeat(100).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(sql).isEqualTo(HexFormat.of().formatHex(mac.doFinal("a@b.nl".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyAndKept(@TempDir Path temp) throws Exception {
        MetrokaartProperties properties = new MetrokaartProperties();
        Path file = temp.resolve("secrets").resolve("pseudonym.key");
        properties.getPseudonym().setKeyFile(file);

        byte[] first = new PseudonymKey(properties).bytes();
        byte[] second = new PseudonymKey(properties).bytes();

        assertThat(first).isEqualTo(second).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
