package nl.metrokaart.privacy;

import java.util.List;

import nl.metrokaart.warehouse.Models;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps participants erased on request out when an old export that still names them is
 * delivered again: once a file's rows are merged (in its transaction, before the ledger counts
 * them), the rows that got an erased pseudonym are taken out again and their lines rejected
 * with a reason that names no one.
 */
@Component
public class ErasedAtIngest {

    public static final String REASON = "participant erased on request (AVG)";

    private final JdbcTemplate jdbc;
    private final ParticipantData data;

    public ErasedAtIngest(JdbcTemplate jdbc, ParticipantData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    /**
     * Takes the erased participants' rows of the file {@code sha256} out again; their lines join
     * the file's rejects (temp table {@code file_rejects}). Returns the number of lines rejected so.
     */
    public long rejectErased(String sha256) {
        Long erased = jdbc.queryForObject("SELECT count(*) FROM erased_participant", Long.class);
        if (erased == null || erased == 0) {
            return 0;
        }
        List<ParticipantData.KeyColumn> columns = data.keyColumns();
        List<String> materialised = Models.materialisedNames();
        jdbc.execute("CREATE OR REPLACE TEMP TABLE erased_line (line BIGINT)");
        for (ParticipantData.KeyColumn column : columns) {
            if (column.fromSource()) {
                jdbc.update("INSERT INTO erased_line SELECT source_line FROM " + column.table() + " WHERE source_sha256 = ? AND "
                        + column.column() + " IN (SELECT participant_key FROM erased_participant)", sha256);
            }
        }
        // A coach's activity names colleagues: the activity of an erased coach goes with its colleague rows.
        if (columns.stream().anyMatch(c -> c.table().equals("coached_colleague"))) {
            jdbc.update("DELETE FROM coached_colleague WHERE activity_id IN (SELECT activity_id FROM coaching_activity "
                    + "WHERE source_sha256 = ? AND coach_key IN (SELECT participant_key FROM erased_participant))", sha256);
        }
        for (ParticipantData.KeyColumn column : columns) {
            if (column.fromSource()) {
                jdbc.update("DELETE FROM " + column.table() + " WHERE source_sha256 = ? AND " + column.column()
                        + " IN (SELECT participant_key FROM erased_participant)", sha256);
            } else if (!materialised.contains(column.table())) {
                // rows tied to a row of the file (a colleague named in an activity): only the erased person's go
                jdbc.update("DELETE FROM " + column.table() + " WHERE " + column.column() + " IN (SELECT participant_key FROM erased_participant)");
            }
        }
        Long lines = jdbc.queryForObject("""
                SELECT count(DISTINCT line) FROM erased_line
                WHERE line IS NOT NULL AND line NOT IN (SELECT line FROM file_rejects WHERE line IS NOT NULL)""", Long.class);
        jdbc.update("""
                INSERT INTO file_rejects
                SELECT DISTINCT line, NULL, NULL, ? FROM erased_line
                WHERE line IS NOT NULL AND line NOT IN (SELECT line FROM file_rejects WHERE line IS NOT NULL)""", REASON);
        jdbc.execute("DROP TABLE erased_line");
        return lines == null ? 0 : lines;
    }
}
