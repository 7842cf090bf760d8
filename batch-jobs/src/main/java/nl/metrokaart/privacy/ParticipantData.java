package nl.metrokaart.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.metrokaart.warehouse.Models;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything the warehouse holds about one person, found through their pseudonym, as Moodle's
 * privacy API serves a data request: every table with a pseudonym column (found in
 * information_schema, so a table added later is covered without touching this class), the
 * sealed address batches, and text (rejects, job history) that names their address.
 */
@Component
public class ParticipantData {

    /** Tables that hold pseudonyms but are no one's data: the erasure list itself. */
    private static final Set<String> NOT_PERSONAL = Set.of("erased_participant");
    static final String REDACTED = "(erased on request)";

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final ParticipantIdentities identities;

    public ParticipantData(JdbcTemplate jdbc, Pseudonyms pseudonyms, ParticipantIdentities identities) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.identities = identities;
    }

    /** A table column holding pseudonyms (participant_key, coach_key, colleague_key, respondent_key, ...). */
    public record KeyColumn(String table, String column, boolean fromSource) {
    }

    /** The rows of one table that hold the person's pseudonym. */
    public record TableRows(String table, String column, List<String> columns, List<Object[]> rows) {
    }

    /** What a data request finds. */
    public record Subject(String pseudonym, List<TableRows> tables, List<Integer> batches, Map<String, Long> mentions, String erasedOn) {

        public boolean holdsAnything() {
            return !tables.isEmpty() || !batches.isEmpty() || !mentions.isEmpty();
        }

        public long rows() {
            return tables.stream().mapToLong(t -> t.rows().size()).sum();
        }
    }

    /** The pseudonym of an address, made by the same SQL expression as at ingest (same normalisation). */
    public String pseudonymOf(String email) {
        return jdbc.queryForObject("SELECT " + pseudonyms.sql("CAST(? AS VARCHAR)"), String.class, email);
    }

    /**
     * Columns named {@code *_key} holding text in the warehouse's own tables: the pseudonyms.
     * (Job repository tables are Spring Batch's; their JOB_KEY is a hash of job parameters.)
     */
    public List<KeyColumn> keyColumns() {
        return jdbc.query("""
                SELECT c.table_name, c.column_name,
                       EXISTS (SELECT 1 FROM information_schema.columns s
                               WHERE s.table_catalog = c.table_catalog AND s.table_schema = c.table_schema
                                 AND s.table_name = c.table_name AND s.column_name = 'source_line') AS from_source
                FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
                WHERE c.table_catalog = current_database() AND c.table_schema = 'main' AND t.table_type = 'BASE TABLE'
                  AND c.data_type = 'VARCHAR' AND ends_with(c.column_name, '_key')
                  AND lower(c.table_name) NOT LIKE 'batch\\_%' ESCAPE '\\'
                ORDER BY c.table_name, c.ordinal_position""", (rs, i) -> new KeyColumn(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .stream().filter(k -> !NOT_PERSONAL.contains(k.table())).toList();
    }

    /** Every text column of every table: where an address may have been written as text. */
    private List<String[]> textColumns() {
        return jdbc.query("""
                SELECT c.table_name, c.column_name
                FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
                WHERE c.table_catalog = current_database() AND c.table_schema = 'main' AND t.table_type = 'BASE TABLE'
                  AND c.data_type = 'VARCHAR'
                ORDER BY c.table_name, c.ordinal_position""", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
    }

    public Subject find(String email) {
        String key = pseudonymOf(email);
        List<TableRows> tables = new ArrayList<>();
        for (KeyColumn column : keyColumns()) {
            List<Map<String, Object>> found = jdbc.queryForList("SELECT * FROM " + q(column.table()) + " WHERE " + q(column.column()) + " = ?", key);
            if (!found.isEmpty()) {
                List<String> names = new ArrayList<>(found.get(0).keySet());
                tables.add(new TableRows(column.table(), column.column(), names,
                        found.stream().map(row -> names.stream().map(row::get).toArray()).toList()));
            }
        }
        List<String> erased = jdbc.queryForList("SELECT CAST(erased_on AS VARCHAR) FROM erased_participant WHERE participant_key = ?", String.class, key);
        return new Subject(key, tables, identities.batchesHolding(key), mentions(Set.of(normalised(email))), erased.isEmpty() ? null : erased.get(0));
    }

    /** Text cells that contain one of the addresses, per table.column. */
    private Map<String, Long> mentions(Set<String> emails) {
        Map<String, Long> mentions = new LinkedHashMap<>();
        for (String[] column : textColumns()) {
            for (String email : emails) {
                Long n = jdbc.queryForObject("SELECT count(*) FROM " + q(column[0]) + " WHERE contains(lower(" + q(column[1]) + "), ?)",
                        Long.class, email);
                if (n != null && n > 0) {
                    mentions.merge(column[0] + "." + column[1], n, Long::sum);
                }
            }
        }
        return mentions;
    }

    /** What one erasure removed. */
    public record Erased(long rows, int batches, long mentions) {
    }

    /**
     * Erases the people behind {@code keys} (and their {@code emails}, as far as known) everywhere,
     * in the caller's transaction: their rows in every table with a pseudonym column, the rows that
     * only exist through theirs (the colleagues a coach's activity names), their addresses in the
     * sealed batches, and text naming an address; records the pseudonyms as erased, and that an
     * erasure happened (counts only). The materialised models are recomputed.
     */
    public Erased erase(Set<String> keys, Set<String> emails) {
        if (keys.isEmpty()) {
            return new Erased(0, 0, 0);
        }
        jdbc.execute("CREATE OR REPLACE TEMP TABLE erasing (participant_key VARCHAR)");
        for (String key : keys) {
            jdbc.update("INSERT INTO erasing VALUES (?)", key);
        }
        long rows = 0;
        List<KeyColumn> columns = keyColumns();
        Set<String> tables = new TreeSet<>();
        columns.forEach(c -> tables.add(c.table()));
        // A coach's activities name colleagues: those rows hang on the activity, and go with it.
        if (tables.contains("coaching_activity") && tables.contains("coached_colleague")) {
            rows += jdbc.update("DELETE FROM coached_colleague WHERE activity_id IN "
                    + "(SELECT activity_id FROM coaching_activity WHERE coach_key IN (SELECT participant_key FROM erasing))");
        }
        for (KeyColumn column : columns) {
            rows += jdbc.update("DELETE FROM " + q(column.table()) + " WHERE " + q(column.column()) + " IN (SELECT participant_key FROM erasing)");
        }
        ParticipantIdentities.Forgotten forgotten = identities.forget(keys);
        Set<String> addresses = new TreeSet<>();
        emails.forEach(e -> addresses.add(normalised(e)));
        forgotten.emails().forEach(e -> addresses.add(normalised(e)));
        long mentions = redact(addresses);
        jdbc.update("INSERT INTO erased_participant SELECT DISTINCT participant_key, current_date FROM erasing "
                + "WHERE participant_key NOT IN (SELECT participant_key FROM erased_participant)");
        jdbc.update("INSERT INTO erasure VALUES (current_timestamp, ?, ?, ?)", rows, forgotten.batches(), mentions);
        jdbc.execute("DROP TABLE erasing");
        new Models(jdbc.getDataSource()).refresh();
        return new Erased(rows, forgotten.batches(), mentions);
    }

    /** Replaces every occurrence of the addresses in text cells (any case) by a marker. */
    private long redact(Set<String> emails) {
        long cells = 0;
        for (String[] column : textColumns()) {
            for (String email : emails) {
                cells += jdbc.update("UPDATE " + q(column[0]) + " SET " + q(column[1]) + " = regexp_replace(" + q(column[1])
                        + ", ?, ?, 'gi') WHERE contains(lower(" + q(column[1]) + "), ?)", "\\Q" + email + "\\E", REDACTED, email);
            }
        }
        return cells;
    }

    /** The pseudonyms of participants erased so far. */
    public Set<String> erasedKeys() {
        return new TreeSet<>(jdbc.queryForList("SELECT participant_key FROM erased_participant", String.class));
    }

    static String normalised(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
