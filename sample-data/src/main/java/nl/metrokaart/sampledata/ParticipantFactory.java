package nl.metrokaart.sampledata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Employees and owners sent by the companies; bigger companies send more people. */
final class ParticipantFactory {

    private static final double ONDERNEMER_SHARE = 0.25;
    private static final double[] SIZE_WEIGHT = {1.0, 2.0, 3.5, 6.0};

    private ParticipantFactory() {
    }

    static List<Participant> create(int count, List<Company> companies, long seed) {
        Random r = Rng.stream(seed, Rng.PARTICIPANTS, 0);
        double[] cumulative = new double[companies.size()];
        double total = 0;
        for (Company c : companies) {
            total += SIZE_WEIGHT[c.sizeClass().ordinal()];
            cumulative[c.index()] = total;
        }
        int[] sent = new int[companies.size()];
        Set<String> emails = new HashSet<>();
        List<Participant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // the first ones cover every company, so every company in companies.csv takes part
            int company = i < companies.size() ? i : weightedCompany(r, cumulative, total, sent, companies);
            sent[company]++;
            String first = Rng.pick(r, DutchNames.FIRST_NAMES);
            String last = Rng.pick(r, DutchNames.SURNAMES);
            String base = Slug.of(first) + "." + Slug.of(last);
            String domain = "@" + companies.get(company).domain();
            String email = base + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = base + n + domain; // namesakes at one company
            }
            Catalogue.Role role = Rng.chance(r, ONDERNEMER_SHARE) ? Catalogue.Role.ONDERNEMER : Catalogue.Role.MEDEWERKER;
            out.add(new Participant(i, first + " " + last, email, company, role));
        }
        return out;
    }

    private static int weightedCompany(Random r, double[] cumulative, double total, int[] sent,
                                       List<Company> companies) {
        for (int attempt = 0; ; attempt++) {
            int idx = Arrays.binarySearch(cumulative, r.nextDouble() * total);
            int c = idx >= 0 ? Math.min(idx + 1, cumulative.length - 1) : -idx - 1;
            // a company cannot send more people than it employs (give up after a while for huge N)
            if (sent[c] < companies.get(c).employees() || attempt > 50) {
                return c;
            }
        }
    }
}
