package nl.metrokaart.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Fictional mkb companies (and a few large ones) in the east of the Netherlands. */
final class CompanyFactory {

    // mostly mkb: micro and klein dominate, groot is rare
    private static final double[] SIZE_WEIGHTS = {0.42, 0.36, 0.16, 0.06};
    /** Letters that make believable initials ("HBK Precisietechniek", not "XQ"). */
    private static final String ACRONYM_LETTERS = "ABDEGHJKLMNPRSTVW";

    private CompanyFactory() {
    }

    static int countFor(int participants) {
        return Math.max(55, participants / 6);
    }

    static List<Company> create(int count, long seed) {
        Random r = Rng.stream(seed, Rng.COMPANIES, 0);
        // every size class and a kvk with a leading zero are guaranteed, at random positions
        int[] forced = distinctPositions(r, count, 5);
        Set<String> kvks = new HashSet<>();
        Set<String> domains = new HashSet<>();
        List<Company> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int sizeClass = Rng.weighted(r, SIZE_WEIGHTS);
            for (int k = 0; k < 4; k++) {
                if (forced[k] == i) {
                    sizeClass = k;
                }
            }
            int employees = switch (sizeClass) {
                case 0 -> Rng.between(r, 2, 9);
                case 1 -> Rng.between(r, 10, 49);
                case 2 -> Rng.between(r, 50, 249);
                default -> Rng.between(r, 250, 1200);
            };
            int region = r.nextInt(DutchNames.REGIONS.length);
            int sector = Rng.weighted(r, DutchNames.SECTOR_WEIGHTS);
            String name = name(r, region, sector);
            String sbi = Rng.pick(r, DutchNames.SBI[sector]);
            if (Rng.chance(r, 0.2)) {
                sbi = sbi.replace(".", ""); // some sources drop the dot
            }
            String kvk = kvk(r, kvks, forced[4] == i);
            String domain = unique(domains, Slug.of(name.replace(" B.V.", "").replace("& Zn.", "")
                    .replace("& Partners", "")));
            out.add(new Company(i, kvk, name, sbi, DutchNames.SECTORS[sector], employees,
                    DutchNames.REGIONS[region], domain + ".nl"));
        }
        return out;
    }

    private static String name(Random r, int region, int sector) {
        String activity = Rng.pick(r, DutchNames.ACTIVITIES[sector]);
        String surname = capitalise(Rng.pick(r, DutchNames.SURNAMES));
        int pattern = Rng.weighted(r, new double[] {0.40, 0.15, 0.10, 0.05, 0.05, 0.15, 0.10});
        return switch (pattern) {
            case 0 -> surname + " " + activity + " B.V.";
            case 1 -> activity + " " + Rng.pick(r, DutchNames.PLACES[region]) + " B.V.";
            case 2 -> surname + " & Zn. " + activity;
            // a comma and quotes in names keep CSV readers honest
            case 3 -> surname + ", " + capitalise(Rng.pick(r, DutchNames.SURNAMES)) + " & Partners " + activity;
            case 4 -> activity + " \"De " + Rng.pick(r, DutchNames.HOUSE_NAMES) + "\" B.V.";
            case 5 -> DutchNames.REGION_ADJECTIVES[region] + " " + activity + " B.V.";
            default -> acronym(r) + " " + activity + " B.V.";
        };
    }

    private static String kvk(Random r, Set<String> taken, boolean leadingZero) {
        while (true) {
            int v = leadingZero ? Rng.between(r, 1_000_000, 9_999_999) : r.nextInt(100_000_000);
            String s = Integer.toString(v);
            String kvk = "00000000".substring(s.length()) + s;
            if (taken.add(kvk)) {
                return kvk;
            }
        }
    }

    private static String acronym(Random r) {
        StringBuilder sb = new StringBuilder();
        int len = Rng.between(r, 2, 3);
        for (int i = 0; i < len; i++) {
            sb.append(ACRONYM_LETTERS.charAt(r.nextInt(ACRONYM_LETTERS.length())));
        }
        return sb.toString();
    }

    static String capitalise(String s) {
        if (s.startsWith("'")) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String unique(Set<String> taken, String base) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static int[] distinctPositions(Random r, int count, int k) {
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        Rng.shuffle(r, all);
        int[] out = new int[k];
        System.arraycopy(all, 0, out, 0, Math.min(k, count));
        return out;
    }

    static void write(Path file, List<Company> companies) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, "kvk", "name", "sbi", "sector", "employees", "region")) {
            for (Company c : companies) {
                csv.text(c.kvk()).text(c.name()).text(c.sbi()).text(c.sector()).number(c.employees()).text(c.region());
                csv.endRow();
            }
        }
    }
}
