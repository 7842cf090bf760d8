package nl.metrokaart.ingest.badges;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The candidate passes of {@link RecipientMatcher} for salted recipient hashes: badges are tested
 * against the known addresses of likely recipients, in memory and on every core.
 *
 * <p>Reads {@code badge_hash} (the hashed recipients still unmatched) and {@code badge_known}
 * (the known participants' addresses, decrypted into this connection), and adds what it finds to
 * {@code badge_recipient_match}. Memory stays small at ten million enrolment rows: the addresses
 * are packed in one byte array, the sessions in int arrays, participants are numbers (their keys
 * stay in DuckDB), and badges are read a slice at a time.
 */
final class HashedRecipientSearch {

    /** Badges read and tested at a time (by element number). */
    private static final int SLICE = 200_000;
    /** Badges searched in file order by one thread, each starting from the last one's recipient. */
    private static final int CHUNK = 4_096;
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate jdbc;
    /** Known addresses, UTF-8, back to back: participant i is bytes [start[i], start[i + 1]). */
    private final byte[] addresses;
    private final int[] addressStart;
    /** Sessions: (module, day) groups sorted by key, each a run of participant numbers in members. */
    private final long[] groupKey;
    private final int[] groupStart;
    private final int[] members;
    private final int modules;
    /** Runs: run r's participants are runMembers[runStart[r] .. runStart[r + 1]); participant p's runs likewise in personRuns. */
    private final int[] runStart;
    private final int[] runMembers;
    private final int[] personStart;
    private final int[] personRuns;
    /** Badges no pass has matched yet (once the nearby pass has run). */
    private final List<HashedBadge> left = new ArrayList<>();
    private long unmatched;
    private long largestModule = -1;

    private HashedRecipientSearch(JdbcTemplate jdbc, byte[] addresses, int[] addressStart, long[] groupKey, int[] groupStart,
                                  int[] members, int modules, int[][] runs) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.addressStart = addressStart;
        this.groupKey = groupKey;
        this.groupStart = groupStart;
        this.members = members;
        this.modules = modules;
        this.runStart = runs[0];
        this.runMembers = runs[1];
        this.personStart = runs[2];
        this.personRuns = runs[3];
    }

    static HashedRecipientSearch load(JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE OR REPLACE TEMP TABLE badge_known_ix AS
                SELECT (row_number() OVER (ORDER BY participant_key) - 1)::INTEGER AS ix, participant_key, email FROM badge_known""");
        jdbc.execute("""
                CREATE OR REPLACE TEMP TABLE badge_module_ix AS
                SELECT (row_number() OVER (ORDER BY module_code) - 1)::INTEGER AS module_ix, module_code
                FROM (SELECT DISTINCT module_code FROM badge_hash)""");
        jdbc.execute("CREATE OR REPLACE TEMP TABLE badge_hash_found (element BIGINT, ix INTEGER)");

        int known = count(jdbc, "SELECT count(*) FROM badge_known_ix");
        ByteSink packed = new ByteSink();
        int[] start = new int[known + 1];
        int[] next = {0};
        jdbc.query("SELECT email FROM badge_known_ix ORDER BY ix", rs -> {
            start[next[0]++] = packed.size();
            packed.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
        });
        start[known] = packed.size();

        int sessions = count(jdbc, """
                SELECT count(*) FROM (SELECT DISTINCT m.module_ix, e.session_date, k.ix
                FROM enrolment e JOIN badge_module_ix m USING (module_code) JOIN badge_known_ix k USING (participant_key))""");
        int[] members = new int[sessions];
        List<long[]> groups = new ArrayList<>();
        int[] i = {0};
        jdbc.query("""
                SELECT DISTINCT m.module_ix, e.session_date - DATE '1970-01-01' AS day, k.ix
                FROM enrolment e JOIN badge_module_ix m USING (module_code) JOIN badge_known_ix k USING (participant_key)
                ORDER BY 1, 2, 3""", rs -> {
            long key = key(rs.getInt(1), rs.getInt(2));
            if (groups.isEmpty() || groups.get(groups.size() - 1)[0] != key) {
                groups.add(new long[]{key, i[0]});
            }
            members[i[0]++] = rs.getInt(3);
        });
        long[] groupKey = new long[groups.size()];
        int[] groupStart = new int[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            groupKey[g] = groups.get(g)[0];
            groupStart[g] = (int) groups.get(g)[1];
        }
        groupStart[groups.size()] = sessions;
        int modules = count(jdbc, "SELECT count(*) FROM badge_module_ix");
        return new HashedRecipientSearch(jdbc, packed.bytes(), start, groupKey, groupStart, members, modules, runs(jdbc, known));
    }

    /** Who is in which run, both ways (compressed rows: starts and members). */
    private static int[][] runs(JdbcTemplate jdbc, int known) {
        jdbc.execute("""
                CREATE OR REPLACE TEMP TABLE badge_run_member AS
                SELECT DISTINCT dense_rank() OVER (ORDER BY e.run_code)::INTEGER - 1 AS run_ix, k.ix
                FROM enrolment e JOIN badge_known_ix k USING (participant_key)""");
        int pairs = count(jdbc, "SELECT count(*) FROM badge_run_member");
        int runCount = count(jdbc, "SELECT coalesce(max(run_ix) + 1, 0) FROM badge_run_member");
        int[] runStart = new int[runCount + 1];
        int[] runMembers = new int[pairs];
        int[] personStart = new int[known + 1];
        int[] runOfPair = new int[pairs];
        int[] i = {0};
        jdbc.query("SELECT run_ix, ix FROM badge_run_member ORDER BY run_ix, ix", rs -> {
            runOfPair[i[0]] = rs.getInt(1);
            runMembers[i[0]] = rs.getInt(2);
            runStart[rs.getInt(1) + 1]++;
            personStart[rs.getInt(2) + 1]++;
            i[0]++;
        });
        jdbc.execute("DROP TABLE badge_run_member");
        Arrays.parallelPrefix(runStart, Integer::sum);
        Arrays.parallelPrefix(personStart, Integer::sum);
        int[] personRuns = new int[pairs];
        int[] filled = Arrays.copyOf(personStart, known);
        for (int pair = 0; pair < pairs; pair++) {
            personRuns[filled[runMembers[pair]]++] = runOfPair[pair];
        }
        return new int[][]{runStart, runMembers, personStart, personRuns};
    }

    /**
     * Pass 2: per badge, the participants of its module's sessions on the days before its issue,
     * nearest first. Before those, the run mates of the recipient of the badge before it in the
     * file: exports list the badges of one award together (a run's module), so after the first
     * badge of a run the rest are found among a handful of candidates instead of everyone with a
     * session that week. A hash match identifies the recipient whatever the order of trying, so
     * the order changes the cost only.
     */
    void nearbySessions(List<int[]> windows) {
        long[] bounds = jdbc.queryForObject("SELECT coalesce(min(element), 0), coalesce(max(element), -1) FROM badge_hash",
                (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)});
        for (long from = bounds[0]; from <= bounds[1]; from += SLICE) {
            List<HashedBadge> slice = badges(from, from + SLICE - 1);
            int[] found = new int[slice.size()];
            int chunks = (slice.size() + CHUNK - 1) / CHUNK;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                int previous = -1;
                for (int b = c * CHUNK; b < Math.min(slice.size(), (c + 1) * CHUNK); b++) {
                    found[b] = runMate(slice.get(b), previous);
                    if (found[b] < 0) {
                        found[b] = nearby(slice.get(b), windows);
                    }
                    previous = found[b] >= 0 ? found[b] : previous;
                }
            });
            record(slice, found);
        }
    }

    /** The participant among the run mates of {@code previous} (in any of its runs) whose hash the badge carries, or -1. */
    private int runMate(HashedBadge badge, int previous) {
        if (previous < 0) {
            return -1;
        }
        Hasher hasher = Hasher.LOCAL.get();
        for (int r = personStart[previous]; r < personStart[previous + 1]; r++) {
            int run = personRuns[r];
            for (int m = runStart[run]; m < runStart[run + 1]; m++) {
                int participant = runMembers[m];
                if (hasher.matches(badge, addresses, addressStart[participant], addressStart[participant + 1])) {
                    return participant;
                }
            }
        }
        return -1;
    }

    /** Pass 3a: every participant enrolled in the badge's module. */
    void moduleParticipants() {
        int[][] enrolled = new int[modules][];
        for (int m = 0; m < modules; m++) {
            enrolled[m] = enrolledIn(m);
        }
        testLeft(badge -> enrolled[badge.module()]);
    }

    /** Pass 3b: every known participant. */
    void everyone() {
        int[] all = IntStream.range(0, known()).toArray();
        testLeft(badge -> all);
    }

    long unmatched() {
        return unmatched;
    }

    int known() {
        return addressStart.length - 1;
    }

    /** The most participants enrolled in one module: what pass 3a costs per badge at worst. */
    long largestModule() {
        if (largestModule < 0) {
            largestModule = 0;
            for (int m = 0; m < modules; m++) {
                largestModule = Math.max(largestModule, enrolledIn(m).length);
            }
        }
        return largestModule;
    }

    private int nearby(HashedBadge badge, List<int[]> windows) {
        Hasher hasher = Hasher.LOCAL.get();
        for (int[] window : windows) {
            for (int daysBefore = window[0]; daysBefore <= window[1]; daysBefore++) {
                int g = Arrays.binarySearch(groupKey, key(badge.module(), badge.issuedDay() - daysBefore));
                if (g >= 0) {
                    for (int p = groupStart[g]; p < groupStart[g + 1]; p++) {
                        if (hasher.matches(badge, addresses, addressStart[members[p]], addressStart[members[p] + 1])) {
                            return members[p];
                        }
                    }
                }
            }
        }
        return -1;
    }

    private void testLeft(java.util.function.Function<HashedBadge, int[]> candidates) {
        int[] found = new int[left.size()];
        IntStream.range(0, left.size()).parallel().forEach(b -> {
            HashedBadge badge = left.get(b);
            Hasher hasher = Hasher.LOCAL.get();
            found[b] = -1;
            for (int participant : candidates.apply(badge)) {
                if (hasher.matches(badge, addresses, addressStart[participant], addressStart[participant + 1])) {
                    found[b] = participant;
                    break;
                }
            }
        });
        List<HashedBadge> tested = new ArrayList<>(left);
        left.clear();
        unmatched = 0;
        record(tested, found);
    }

    /** Writes the matches to badge_recipient_match; keeps the rest for a wider pass. */
    private void record(List<HashedBadge> badges, int[] found) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "badge_hash_found")) {
            for (int b = 0; b < badges.size(); b++) {
                if (found[b] >= 0) {
                    appender.beginRow().append(badges.get(b).element()).append(found[b]).endRow();
                } else {
                    unmatched++;
                    if (left.size() < RecipientMatcher.MAX_HASHES / Math.max(1, largestModule())) {
                        left.add(badges.get(b)); // more are never tried in a wider pass (RecipientMatcher)
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record badge recipients: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.execute("""
                INSERT INTO badge_recipient_match SELECT f.element, k.participant_key FROM badge_hash_found f JOIN badge_known_ix k USING (ix)""");
        jdbc.execute("DELETE FROM badge_hash_found");
    }

    private List<HashedBadge> badges(long from, long to) {
        return jdbc.query("""
                SELECT h.element, h.algorithm, h.hash, h.salt, m.module_ix, h.issued_day - DATE '1970-01-01'
                FROM badge_hash h JOIN badge_module_ix m USING (module_code)
                WHERE h.element BETWEEN ? AND ? AND h.element NOT IN (SELECT element FROM badge_recipient_match)
                ORDER BY h.element""",
                (rs, n) -> new HashedBadge(rs.getLong(1), "md5".equals(rs.getString(2)), parseHex(rs.getString(3)),
                        rs.getString(4).getBytes(StandardCharsets.UTF_8), rs.getInt(5), rs.getInt(6)), from, to);
    }

    /** Distinct participants of a module's sessions. */
    private int[] enrolledIn(int module) {
        int first = Arrays.binarySearch(groupKey, key(module, Integer.MIN_VALUE));
        first = first < 0 ? -first - 1 : first;
        int last = Arrays.binarySearch(groupKey, key(module + 1, Integer.MIN_VALUE));
        last = last < 0 ? -last - 1 : last;
        return Arrays.stream(members, groupStart[first], groupStart[last]).distinct().toArray();
    }

    /** Sorted like (module, day): the day shifted to be non-negative in the low 32 bits. */
    private static long key(int module, int day) {
        return ((long) module << 32) | ((long) day - Integer.MIN_VALUE);
    }

    private static byte[] parseHex(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0]; // matches nothing
        }
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : Math.toIntExact(n);
    }

    /** One salted recipient hash of a badge. */
    private record HashedBadge(long element, boolean md5, byte[] hash, byte[] salt, int module, int issuedDay) {
    }

    /** A thread's digests, reused for every candidate it tests. */
    private static final class Hasher {

        static final ThreadLocal<Hasher> LOCAL = ThreadLocal.withInitial(Hasher::new);

        private final MessageDigest sha256;
        private final MessageDigest md5;
        private final byte[] digest = new byte[32];

        private Hasher() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Whether the address at [from, to) followed by the badge's salt hashes to the badge's hash. */
        boolean matches(HashedBadge badge, byte[] addresses, int from, int to) {
            MessageDigest md = badge.md5() ? md5 : sha256;
            md.update(addresses, from, to - from);
            md.update(badge.salt());
            try {
                int length = md.digest(digest, 0, digest.length);
                return length == badge.hash().length && Arrays.equals(digest, 0, length, badge.hash(), 0, length);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A growing byte array. */
    private static final class ByteSink {

        private byte[] bytes = new byte[1 << 16];
        private int size;

        void write(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        int size() {
            return size;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
