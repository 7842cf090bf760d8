package nl.metrokaart.ingest;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import nl.metrokaart.UserInputException;
import nl.metrokaart.privacy.PseudonymKey;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Before a job writes pseudonyms (ingest, run): the key in place must be the key the warehouse's
 * pseudonyms were made with. A new key would silently give every participant a new pseudonym:
 * follow-ups, assessments and badges of a later delivery would then match nobody.
 *
 * <ul>
 * <li>A warehouse without data (no file but a catalogue loaded): the key is created when missing,
 *     and its fingerprint recorded.</li>
 * <li>A warehouse with data and a fingerprint: the key must be there and match it.</li>
 * <li>A warehouse with data made before fingerprints were kept: the key file in place is taken to
 *     be its key (it made its pseudonyms, unless it was swapped before the upgrade, which cannot be
 *     told) and its fingerprint recorded; without a key file the ingest is refused.</li>
 * </ul>
 * A refusal fails the job before its first step, with the fix; once the key is restored the same
 * command resumes it.
 */
@Component
public class PseudonymKeyCheck implements JobExecutionListener {

    private final PseudonymKey key;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public PseudonymKeyCheck(PseudonymKey key, JdbcTemplate jdbc, DataSource dataSource) {
        this.key = key;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        check();
    }

    /** Refuses (a {@link UserInputException} with the fix) when the key in place does not belong to this warehouse. */
    public void check() {
        Optional<String> stored = stored();
        boolean holdsData = holdsData();
        if (!holdsData) {
            // Nothing pseudonymised yet: a key may be created, and whatever key is in place becomes the warehouse's.
            record(PseudonymKey.fingerprintOf(key.bytes()), stored);
            return;
        }
        if (!key.isPresent()) {
            throw new UserInputException("The pseudonym key " + key.location() + " is missing, but this warehouse holds data "
                    + "pseudonymised with it, so nothing was ingested. Restore the key file " + key.location() + " from your backup "
                    + "(chmod 600), or set metrokaart.pseudonym.key-file to where it is; a new key would give every participant a "
                    + "new pseudonym, and nothing delivered from now on would match the participants already loaded.");
        }
        String inPlace = key.fingerprint();
        if (stored.isEmpty()) {
            record(inPlace, stored); // a warehouse from before fingerprints were kept: its key is the one in place
        } else if (!stored.get().equals(inPlace)) {
            throw new UserInputException("The pseudonym key " + key.location() + " is not the key this warehouse's pseudonyms were "
                    + "made with (its fingerprint differs), so nothing was ingested. Restore the key file " + key.location()
                    + " from your backup (chmod 600), or set metrokaart.pseudonym.key-file to where it is; a new key would give every "
                    + "participant a new pseudonym, and nothing delivered from now on would match the participants already loaded.");
        }
    }

    private Optional<String> stored() {
        java.sql.Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return PseudonymKey.storedFingerprint(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pseudonym key's fingerprint: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Whether anything but a catalogue was ever loaded: then pseudonyms (or sealed addresses) depend on the key. */
    private boolean holdsData() {
        Long files = jdbc.queryForObject("SELECT count(*) FROM ingested_file WHERE kind <> 'catalogue'", Long.class);
        return files != null && files > 0;
    }

    private void record(String fingerprint, Optional<String> stored) {
        if (stored.isPresent() && stored.get().equals(fingerprint)) {
            return;
        }
        jdbc.update("DELETE FROM pseudonym_key");
        jdbc.update("INSERT INTO pseudonym_key VALUES (?, current_timestamp)", fingerprint);
    }
}
