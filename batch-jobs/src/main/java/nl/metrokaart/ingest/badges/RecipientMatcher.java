package nl.metrokaart.ingest.badges;

import java.util.List;

import nl.metrokaart.privacy.ParticipantIdentities;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the participant behind each Open Badges recipient.
 *
 * <p>A plain address is pseudonymised and looked up among the known participants (SQL). A hashed
 * one ({@code sha256$} or {@code md5$} of address + salt) can only be tested: hash a candidate
 * address with the badge's salt and compare. Every exporter we know salts each badge differently, so testing
 * every known participant against every badge would cost |badges| x |participants| hashes
 * (10^11 at a few hundred thousand of each). The passes below try the likeliest candidates
 * first, and a badge that matched drops out of the later passes:
 * <ol>
 * <li>a salt shared by many badges (or none): every known address hashed once per salt, then a
 *     hash lookup: |known| hashes per salt (SQL);</li>
 * <li>participants with a session of the badge's module on the day it was issued, then one
 *     day before, two days, ... up to a week, then 8-31 days before ({@link HashedRecipientSearch});</li>
 * <li>every participant enrolled in the module, then every known participant, each only while
 *     the hashes it would take stay under {@link #MAX_HASHES}; a badge left unmatched is
 *     rejected with a reason saying how far the search went.</li>
 * </ol>
 * Passes 2 and 3 hash in Java, not in SQL: the JDK's SHA-256 (with the processor's SHA
 * instructions) on raw bytes is about eight times DuckDB's {@code sha256()} on text, and this is
 * where a badge export of a large pps spends its time. Measured: 195,000 participants (977,000
 * enrolment rows) and 322,000 hashed badges, issued 0-7 days after their session, match in a
 * few seconds on two cores, where the same passes in SQL took 40.
 */
public class RecipientMatcher {

    /**
     * Days before issue whose sessions' participants are tried, nearest first: a day at a time
     * through the first week (where nearly all badges are issued), then the rest of the month at once.
     */
    static final List<int[]> NEARBY_DAYS = List.of(new int[]{0, 0}, new int[]{1, 1}, new int[]{2, 2}, new int[]{3, 3}, new int[]{4, 4},
            new int[]{5, 5}, new int[]{6, 6}, new int[]{7, 7}, new int[]{8, 31});
    /**
     * A salt shared by n badges is looked up over every known address (pass 1) when
     * n x this >= |known|: the pairwise passes would take about this many hashes per badge.
     */
    static final int PAIRS_PER_BADGE = 100;
    /** The most hashes a wider pass may take (about ten seconds); beyond it the badges stay unmatched. */
    static final long MAX_HASHES = 150_000_000L;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecipientMatcher.class);

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
        if (unmatched() == 0) {
            return EVERYONE;
        }
        long begin = System.nanoTime();
        HashedRecipientSearch search = HashedRecipientSearch.load(jdbc);
        long loaded = System.nanoTime();
        search.nearbySessions(NEARBY_DAYS);
        LOG.info("salted recipients: candidates loaded in {} ms, nearby sessions searched in {} ms, {} left unmatched",
                (loaded - begin) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000, search.unmatched());
        if (search.unmatched() == 0) {
            return EVERYONE;
        }
        if (search.unmatched() * search.largestModule() > MAX_HASHES) {
            return "recipient matches no participant with a session of module {module} in the " + NEARBY_DAYS.get(NEARBY_DAYS.size() - 1)[1]
                    + " days before it was issued" + NOT_TRIED;
        }
        search.moduleParticipants();
        if (search.unmatched() * search.known() > MAX_HASHES) {
            return "recipient matches no participant enrolled in module {module}" + NOT_TRIED;
        }
        search.everyone();
        return EVERYONE;
    }

    static final String EVERYONE = "recipient matches no participant known from enrolments";
    private static final String NOT_TRIED = " (the other participants known from enrolments were not tried: too many unmatched recipients in this file)";

    /** Hashed recipients of badges no pass has matched yet. */
    private long unmatched() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM badge_hash WHERE element NOT IN (SELECT element FROM badge_recipient_match)", Long.class);
        return n == null ? 0 : n;
    }
}
