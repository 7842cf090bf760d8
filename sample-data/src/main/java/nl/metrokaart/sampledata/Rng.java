package nl.metrokaart.sampledata;

import java.util.Random;
import java.util.UUID;

/**
 * Seeded random streams, one per concern (and per run where it matters), so that changing
 * how one file is generated never reshuffles another. java.util.Random is used on purpose:
 * its algorithm is fixed by the Javadoc, so a seed means the same bytes on every JDK.
 * Only nextInt(bound), nextLong() and nextDouble() are used (also fixed by the spec).
 */
final class Rng {

    static final long COMPANIES = 1;
    static final long PARTICIPANTS = 2;
    static final long RUNS = 3;
    static final long COHORTS = 4;
    static final long ATTENDANCE = 5;
    static final long BADGES = 6;
    static final long ASSESSMENTS = 7;
    static final long FOLLOWUPS = 8;

    private Rng() {
    }

    static Random stream(long seed, long concern, long index) {
        return new Random(mix(mix(seed) + concern * 0x9E3779B97F4A7C15L + index));
    }

    /** SplitMix64 finaliser: spreads nearby seeds over the whole state space. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static boolean chance(Random r, double p) {
        return r.nextDouble() < p;
    }

    /** Uniform integer in [lo, hi], both inclusive. */
    static int between(Random r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    static String pick(Random r, String[] items) {
        return items[r.nextInt(items.length)];
    }

    /** Index into weights, chosen with probability proportional to its weight. */
    static int weighted(Random r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static void shuffle(Random r, int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static String hex(Random r, int bytes) {
        StringBuilder sb = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            int b = r.nextInt(256);
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }

    /** A version-4 shaped uuid drawn from the seeded stream (never UUID.randomUUID()). */
    static String uuid(Random r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
