package nl.metrokaart.sampledata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fills the runs' seats with people. Colleagues come in small groups (1-3 from one company) so
 * a peer group mixes companies; ondernemers mostly join ondernemer lijnen. Seats reserved in the
 * later three quarters of the year go to people who already followed another lijn (a second run).
 */
final class CohortAllocator {

    private CohortAllocator() {
    }

    static List<Cohort> allocate(List<Run> runs, List<Participant> people, Catalogue catalogue, long seed) {
        Random r = Rng.stream(seed, Rng.COHORTS, 0);
        long seats = 0;
        for (Run run : runs) {
            seats += run.target() + run.cancelledSeats();
        }
        int[][] queues = {queue(people, Catalogue.Role.ONDERNEMER, r), queue(people, Catalogue.Role.MEDEWERKER, r)};
        int[] head = new int[2];
        int[] reserved = reserve(runs, (int) Math.max(0, seats - people.size()), r);
        long[] freshSeats = new long[2]; // still to fill, on ondernemer and on medewerker lijnen
        for (Run run : runs) {
            freshSeats[catalogue.role(run.lijn()).ordinal()] += run.target() - reserved[run.index()] + run.cancelledSeats();
        }

        String[] firstLijn = new String[people.size()];
        boolean[] cancelledOnly = new boolean[people.size()];
        boolean[] repeated = new boolean[people.size()];
        int[] order = new int[people.size()];
        int placed = 0;
        List<Cohort> out = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Catalogue.Role role = catalogue.role(run.lijn());
            int fresh = run.target() - reserved[run.index()] + run.cancelledSeats();
            int[] members = new int[fresh + reserved[run.index()]];
            boolean[] cancelled = new boolean[members.length];
            int m = 0;
            int before = placed;
            for (int s = 0; s < fresh; s++) {
                int p = take(queues, head, freshSeats, role, r);
                if (p < 0) {
                    break;
                }
                firstLijn[p] = run.lijn().code();
                order[placed++] = p;
                cancelled[m] = s >= fresh - run.cancelledSeats();
                cancelledOnly[p] = cancelled[m];
                members[m++] = p;
            }
            for (int s = 0; s < reserved[run.index()]; s++) {
                int p = secondRun(run, role, order, before, firstLijn, cancelledOnly, repeated, people, r);
                if (p >= 0) {
                    members[m++] = p;
                }
            }
            out.add(new Cohort(run, Arrays.copyOf(members, m), Arrays.copyOf(cancelled, m)));
        }
        return out;
    }

    /** People of one role, grouped in chunks of 1-3 colleagues, chunks in random order. */
    private static int[] queue(List<Participant> people, Catalogue.Role role, Random r) {
        List<Participant> sorted = new ArrayList<>();
        for (Participant p : people) {
            if (p.role() == role) {
                sorted.add(p);
            }
        }
        sorted.sort((a, b) -> a.company() != b.company() ? Integer.compare(a.company(), b.company())
                : Integer.compare(a.index(), b.index()));
        List<int[]> chunks = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int size = Rng.between(r, 1, 3);
            int end = i + 1;
            while (end < sorted.size() && end - i < size && sorted.get(end).company() == sorted.get(i).company()) {
                end++;
            }
            int[] chunk = new int[end - i];
            for (int k = 0; k < chunk.length; k++) {
                chunk[k] = sorted.get(i + k).index();
            }
            chunks.add(chunk);
            i = end;
        }
        int[] chunkOrder = new int[chunks.size()];
        for (int k = 0; k < chunkOrder.length; k++) {
            chunkOrder[k] = k;
        }
        Rng.shuffle(r, chunkOrder);
        int[] out = new int[sorted.size()];
        int n = 0;
        for (int k : chunkOrder) {
            for (int p : chunks.get(k)) {
                out[n++] = p;
            }
        }
        return out;
    }

    /**
     * Medewerker lijnen take an ondernemer now and then; ondernemer lijnen take one with the chance
     * that leaves the ondernemers spread over the whole year instead of running out in spring.
     */
    private static int take(int[][] queues, int[] head, long[] freshSeats, Catalogue.Role lijnRole, Random r) {
        int ondernemer = Catalogue.Role.ONDERNEMER.ordinal();
        int medewerker = Catalogue.Role.MEDEWERKER.ordinal();
        double pOndernemer;
        if (lijnRole == Catalogue.Role.ONDERNEMER) {
            long left = queues[ondernemer].length - head[ondernemer];
            double share = (left - 0.03 * freshSeats[medewerker]) / Math.max(1, freshSeats[ondernemer]);
            pOndernemer = Math.max(0.2, Math.min(0.92, share));
        } else {
            pOndernemer = 0.03;
        }
        freshSeats[lijnRole.ordinal()]--;
        int q = Rng.chance(r, pOndernemer) ? ondernemer : medewerker;
        if (head[q] == queues[q].length) {
            q = 1 - q;
        }
        return head[q] == queues[q].length ? -1 : queues[q][head[q]++];
    }

    /** Spreads the second-run seats over runs from the second quarter on, leaving each run one fresh seat. */
    private static int[] reserve(List<Run> runs, int repeaters, Random r) {
        int[] reserved = new int[runs.size()];
        int from = runs.size() / 4;
        int[] room = new int[runs.size()];
        long total = 0;
        for (int i = from; i < runs.size(); i++) {
            room[i] = Math.max(0, runs.get(i).target() - 1);
            total += room[i];
        }
        for (int k = 0; k < repeaters && total > 0; k++) {
            long u = (long) (r.nextDouble() * total);
            int i = from;
            while (u >= room[i]) {
                u -= room[i++];
            }
            reserved[i]++;
            room[i]--;
            total--;
        }
        return reserved;
    }

    private static int secondRun(Run run, Catalogue.Role role, int[] order, int before, String[] firstLijn,
                                 boolean[] cancelledOnly, boolean[] repeated, List<Participant> people, Random r) {
        for (int attempt = 0; attempt < 400 && before > 0; attempt++) {
            int p = order[r.nextInt(before)];
            if (cancelledOnly[p] || repeated[p] || run.lijn().code().equals(firstLijn[p])) {
                continue;
            }
            if (people.get(p).role() != role && attempt < 300 && !Rng.chance(r, 0.15)) {
                continue;
            }
            repeated[p] = true;
            return p;
        }
        return -1;
    }
}
