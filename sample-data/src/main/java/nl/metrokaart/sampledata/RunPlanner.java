package nl.metrokaart.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans the runs of the year: start dates spread over working days, sessions every 14-21 days,
 * and a group size per run so that some runs stay under the minimum, some are overbooked,
 * at least one is exactly full and the rest sit inside the lijn's band.
 */
final class RunPlanner {

    /** Average seats per run; the number of runs scales with the seats asked for. */
    private static final double SEATS_PER_RUN = 14.0;
    /** Lijn rotation: ondernemer lijnen (GROEN, PAARS) get about a quarter of the seats, like ondernemers of the people. */
    private static final String[] ROTATION = {"ROOD", "BLAUW", "GEEL", "GROEN", "ROOD", "PAARS", "BLAUW", "GEEL", "ROOD",
        "GROEN", "BLAUW", "GEEL"};
    private static final double FULL_CANCEL_PER_SEAT = 0.018;

    private enum Occupancy { UNDER, BAND, FULL, OVER }

    private record Draft(Catalogue.Lijn lijn, List<Catalogue.Module> modules, List<LocalDate> sessions) {
    }

    private RunPlanner() {
    }

    static List<Run> plan(int seats, Catalogue catalogue, long seed) {
        Random r = Rng.stream(seed, Rng.RUNS, 0);
        int count = Math.max(1, (int) Math.round(seats / SEATS_PER_RUN));
        List<LocalDate> workdays = workdays();
        int offset = r.nextInt(ROTATION.length);
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int slot = (int) ((long) i * workdays.size() / count) + (i == 0 ? 0 : r.nextInt(4));
            LocalDate start = workdays.get(Math.min(slot, workdays.size() - 1));
            Catalogue.Lijn lijn = catalogue.lijn(ROTATION[(i + offset) % ROTATION.length]);
            List<Catalogue.Module> modules = modules(lijn, catalogue, r);
            List<LocalDate> sessions = schedule(start, modules.size(), r);
            drafts.add(new Draft(lijn, modules.subList(0, sessions.size()), sessions));
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.sessions().get(0))); // stable: ties keep plan order

        int[] cancelled = new int[count];
        int[] target = targets(drafts, seats, cancelled, r);
        Map<String, Integer> perMonth = new HashMap<>(); // lookup only
        List<Run> runs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Draft d = drafts.get(i);
            String base = d.lijn().code() + "-" + d.sessions().get(0).toString().substring(0, 7);
            int n = perMonth.merge(base, 1, Integer::sum);
            runs.add(new Run(i, n == 1 ? base : base + "-" + n, d.lijn(), List.copyOf(d.modules()),
                    List.copyOf(d.sessions()), target[i], cancelled[i]));
        }
        return runs;
    }

    /** All of the lijn's modules in its order, or (one run in five) all but one. */
    private static List<Catalogue.Module> modules(Catalogue.Lijn lijn, Catalogue catalogue, Random r) {
        List<Catalogue.Module> out = new ArrayList<>();
        lijn.modules().forEach(code -> out.add(catalogue.module(code)));
        if (Rng.chance(r, 0.2)) {
            out.remove(Rng.between(r, 1, out.size() - 1));
        }
        return out;
    }

    static List<LocalDate> schedule(LocalDate start, int sessions, Random r) {
        List<LocalDate> dates = dates(start, sessions, r, false);
        if (dates.get(dates.size() - 1).isAfter(DeliveryPeriod.LAST_SESSION)) {
            if (!start.plusDays(14L * (sessions - 1)).isAfter(DeliveryPeriod.LAST_SESSION)) {
                dates = dates(start, sessions, r, true);
            } else {
                // a run that started late in the year is in progress: only its past sessions exist
                dates.removeIf(d -> d.isAfter(DeliveryPeriod.LAST_SESSION));
            }
        }
        return dates;
    }

    private static List<LocalDate> dates(LocalDate start, int sessions, Random r, boolean tight) {
        List<LocalDate> out = new ArrayList<>(sessions);
        LocalDate d = start;
        out.add(d);
        for (int i = 1; i < sessions; i++) {
            d = d.plusDays(interval(d, r, tight));
            out.add(d);
        }
        return out;
    }

    /** Mostly the same weekday again (14 or 21 days), otherwise 15-20 days; never on a holiday. */
    private static int interval(LocalDate from, Random r, boolean tight) {
        if (tight) {
            int days = 14;
            while (!DeliveryPeriod.isSessionDay(from.plusDays(days))) {
                days++;
            }
            return days;
        }
        double u = r.nextDouble();
        if (u < 0.5 && DeliveryPeriod.isSessionDay(from.plusDays(14))) {
            return 14;
        }
        if (u < 0.7 && DeliveryPeriod.isSessionDay(from.plusDays(21))) {
            return 21;
        }
        while (true) { // every 8-day window holds a session day, so this ends
            int days = Rng.between(r, 14, 21);
            if (DeliveryPeriod.isSessionDay(from.plusDays(days))) {
                return days;
            }
        }
    }

    private static List<LocalDate> workdays() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = DeliveryPeriod.FIRST_SESSION; !d.isAfter(DeliveryPeriod.LAST_RUN_START); d = d.plusDays(1)) {
            if (DeliveryPeriod.isStartDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Draws the occupancy class and size of every run, then nudges the in-band runs one seat at a
     * time until all seats are used, so the totals match the number of participants exactly.
     */
    private static int[] targets(List<Draft> drafts, int seats, int[] cancelled, Random r) {
        int n = drafts.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Rng.shuffle(r, order);
        int under = n >= 5 ? Math.max(2, (int) Math.round(0.09 * n)) : 0;
        int over = n >= 5 ? Math.max(2, (int) Math.round(0.07 * n)) : 0;
        int full = n >= 3 ? Math.max(1, (int) Math.round(0.04 * n)) : 0;
        Occupancy[] kind = new Occupancy[n];
        for (int k = 0; k < n; k++) {
            kind[order[k]] = k < under ? Occupancy.UNDER : k < under + over ? Occupancy.OVER
                    : k < under + over + full ? Occupancy.FULL : Occupancy.BAND;
        }
        int[] target = new int[n];
        long used = 0;
        for (int i = 0; i < n; i++) {
            int min = drafts.get(i).lijn().minParticipants();
            int max = drafts.get(i).lijn().maxParticipants();
            target[i] = switch (kind[i]) {
                case UNDER -> Rng.between(r, Math.max(2, min - 5), min - 1);
                case OVER -> max + Rng.between(r, 1, 3);
                case FULL -> max;
                case BAND -> Rng.between(r, min, max - 1);
            };
            for (int s = 0; s < max; s++) {
                if (Rng.chance(r, FULL_CANCEL_PER_SEAT)) {
                    cancelled[i]++;
                }
            }
            used += target[i] + cancelled[i];
        }
        long diff = seats - used;
        diff = nudge(drafts, target, kind, order, diff, false);
        // only for tiny sizes: first drop the cancellations, then leave the bands
        for (int k = 0; k < n && diff < 0; k++) {
            int i = order[k];
            int drop = (int) Math.min(cancelled[i], -diff);
            cancelled[i] -= drop;
            diff += drop;
        }
        diff = nudge(drafts, target, kind, order, diff, true);
        if (diff != 0) {
            throw new IllegalStateException("cannot spread " + seats + " seats over " + n + " runs");
        }
        return target;
    }

    private static long nudge(List<Draft> drafts, int[] target, Occupancy[] kind, int[] order, long diff,
                              boolean relaxed) {
        boolean moved = true;
        while (diff != 0 && moved) {
            moved = false;
            for (int k = 0; k < order.length && diff != 0; k++) {
                int i = order[k];
                if (!relaxed && kind[i] != Occupancy.BAND) {
                    continue;
                }
                int lo = relaxed ? 1 : drafts.get(i).lijn().minParticipants();
                int hi = relaxed ? Integer.MAX_VALUE : drafts.get(i).lijn().maxParticipants() - 1;
                if (diff > 0 && target[i] < hi) {
                    target[i]++;
                    diff--;
                    moved = true;
                } else if (diff < 0 && target[i] > lo) {
                    target[i]--;
                    diff++;
                    moved = true;
                }
            }
        }
        return diff;
    }
}
