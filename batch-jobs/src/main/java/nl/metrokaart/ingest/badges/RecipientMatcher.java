package nl.metrokaart.ingest.badges;

import java.util.List;

import nl.metrokaart.ingest.ParticipantIdentities;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the participant behind each Open Badges recipient, in SQL (badges-recipients*.sql).
 *
 * <p>A plain address is pseudonymised and looked up among the known participants. A hashed one ({@code sha256$} or
 * {@code md5$} of address + salt) can only be tested: hash a candidate address with the
 * badge's salt and compare. Every exporter we know salts each badge differently, so testing
 * every known participant against every badge would cost |badges| x |participants| hashes
 * (10^11 at a few hundred thousand of each). The passes below try the likeliest candidates
 * first, and a badge that matched drops out of the later passes:
 * <ol>
 * <li>a salt shared by many badges (or none): every known address hashed once per salt, then a
 *     hash lookup: |known| hashes per salt;</li>
 * <li>participants with a session of the badge's module on the day it was issued, then 1-7
 *     days before, then 8-31 days before: per badge the participants of that module's sessions
 *     in those days (an equi-join per day offset, no range join);</li>
 * <li>every participant enrolled in the module, then every known participant, each only while
 *     the hashes it would take stay under {@link #MAX_HASHES}; a badge left unmatched is
 *     rejected with a reason saying how far the search went.</li>
 * </ol>
 * DuckDB hashes about 3-4 million addresses a second on two threads. On the sample (badges 0-7
 * days after their session) a badge costs about the participants of one week of sessions of
 * its module, so most hashing happens in pass 2.
 */
public class RecipientMatcher {

    /** Days before issue, nearest first, whose sessions' participants are tried. */
    static final List<int[]> NEARBY_DAYS = List.of(new int[]{0, 0}, new int[]{1, 7}, new int[]{8, 31});
    /**
     * A salt shared by n badges is looked up over every known address (pass 1) when
     * n x this >= |known|: the pairwise passes would take about this many hashes per badge.
     */
    static final int PAIRS_PER_BADGE = 100;
    /** The most hashes a wider pass may take (about 15 s); beyond it the badges stay unmatched. */
    static final long MAX_HASHES = 50_000_000L;

    private final JdbcTemplate jdbc;
    private final ParticipantIdentities identities;

    public RecipientMatcher(JdbcTemplate jdbc, ParticipantIdentities identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /**
     * Fills {@code badge_recipient_match(element, participant_key)} from {@code badge_json} and
     * {@code badge_json_recipient}; returns the reason for a hashed recipient left unmatched,
     * with {@code {module}} where its module code goes.
     */
    public String match() {
        String sql = BadgesFileLoader.SQL;
        SqlScript.load(sql + "/badges-recipients.sql").execute(jdbc);
        if (unmatched() == 0) {
            return EVERYONE;
        }
        identities.exposeAsTempTable();
        SqlScript.load(sql + "/badges-recipients-shared-salt.sql").with("pairs_per_badge", String.valueOf(PAIRS_PER_BADGE)).execute(jdbc);
        for (int[] days : NEARBY_DAYS) {
            if (unmatched() == 0) {
                return EVERYONE;
            }
            SqlScript.load(sql + "/badges-recipients-nearby.sql")
                    .with("nearest", String.valueOf(days[0])).with("farthest", String.valueOf(days[1])).execute(jdbc);
        }
        if (unmatched() * largestModule() > MAX_HASHES) {
            return "recipient matches no participant with a session of module {module} in the " + NEARBY_DAYS.get(NEARBY_DAYS.size() - 1)[1]
                    + " days before it was issued" + NOT_TRIED;
        }
        SqlScript.load(sql + "/badges-recipients-module.sql").execute(jdbc);
        if (unmatched() * count("SELECT count(*) FROM badge_known") > MAX_HASHES) {
            return "recipient matches no participant enrolled in module {module}" + NOT_TRIED;
        }
        SqlScript.load(sql + "/badges-recipients-everyone.sql").execute(jdbc);
        return EVERYONE;
    }

    static final String EVERYONE = "recipient matches no participant known from enrolments";
    private static final String NOT_TRIED = " (the other participants known from enrolments were not tried: too many unmatched recipients in this file)";

    /** Hashed recipients of badges no pass has matched yet. */
    private long unmatched() {
        return count("SELECT count(*) FROM badge_hash WHERE element NOT IN (SELECT element FROM badge_recipient_match)");
    }

    private long largestModule() {
        return count("SELECT coalesce(max(n), 0) FROM (SELECT count(DISTINCT participant_key) AS n FROM enrolment GROUP BY module_code)");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
