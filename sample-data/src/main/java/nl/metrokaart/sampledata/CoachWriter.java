package nl.metrokaart.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Train-the-trainer: werkplekcoaches.csv (experienced employees the pps trained as workplace
 * coaches, some of them metrolijn participants themselves) and coachactiviteiten.csv (what they
 * did: colleagues coached, by name or as a number, and hours). Written as a pps's registration
 * sheet exports them: Dutch headers and dd-mm-jjjj dates, and a few rows of the kind real exports
 * have wrong. Drawn from a random stream of its own, after everything else, so that the other
 * files do not change with it.
 */
final class CoachWriter {

    static final String COACHES_FILE = "werkplekcoaches.csv";
    static final String ACTIVITIES_FILE = "coachactiviteiten.csv";

    /** Share of the companies with participants that send employees to the coach training. */
    private static final double COMPANY_SHARE = 0.3;
    private static final long STREAM = 0xC0AC4E5L;
    private static final LocalDate FIRST_TRAINING = LocalDate.of(2025, 9, 15);
    private static final LocalDate LAST_TRAINING = LocalDate.of(2026, 9, 30);
    private static final String[] TRACKS = {"Werkplekcoach basis", "Werkplekcoach basis", "Werkplekcoach basis",
        "Werkplekcoach gevorderd", "ROOD", "GEEL"};
    /** The fewest coaches at which the files get rows with mistakes (a file is refused above 10 % of them). */
    private static final int MISTAKES_FROM = 20;
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    private CoachWriter() {
    }

    /** A coach as written: the person, the company, a track and the day the training was completed. */
    private record Coach(String name, String email, Company company, String track, LocalDate trainedOn, List<Participant> colleagues) {
    }

    static void write(Path outDir, List<Company> companies, List<Participant> people, List<Cohort> cohorts, long seed) throws IOException {
        Random r = new Random(Rng.mix(seed + STREAM));
        List<List<Participant>> staff = new ArrayList<>();
        for (int c = 0; c < companies.size(); c++) {
            staff.add(new ArrayList<>());
        }
        boolean[] participated = new boolean[people.size()];
        for (Cohort cohort : cohorts) {
            for (int m = 0; m < cohort.members().length; m++) {
                participated[cohort.members()[m]] |= !cohort.cancelled()[m];
            }
        }
        for (Participant p : people) {
            if (participated[p.index()]) {
                staff.get(p.company()).add(p);
            }
        }
        List<Coach> coaches = coaches(r, companies, staff);
        writeCoaches(outDir.resolve(COACHES_FILE), r, coaches);
        writeActivities(outDir.resolve(ACTIVITIES_FILE), r, coaches);
    }

    /** 1-3 coaches in about a third of the companies with at least two participants; half of them participants themselves. */
    private static List<Coach> coaches(Random r, List<Company> companies, List<List<Participant>> staff) {
        List<Coach> coaches = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        long span = ChronoUnit.DAYS.between(FIRST_TRAINING, LAST_TRAINING);
        for (Company company : companies) {
            List<Participant> colleagues = staff.get(company.index());
            if (colleagues.size() < 2 || !Rng.chance(r, COMPANY_SHARE)) {
                continue;
            }
            int count = 1 + Rng.weighted(r, new double[]{0.55, 0.3, 0.15});
            // One training day per company: its coaches are trained together.
            LocalDate day = FIRST_TRAINING.plusDays(r.nextInt((int) span + 1));
            while (!DeliveryPeriod.isSessionDay(day)) {
                day = day.plusDays(1);
            }
            for (int k = 0; k < count; k++) {
                String name;
                String email;
                if (Rng.chance(r, 0.5)) {
                    Participant p = colleagues.get(r.nextInt(colleagues.size()));
                    name = p.name();
                    email = p.email();
                } else {
                    name = Rng.pick(r, DutchNames.FIRST_NAMES) + " " + Rng.pick(r, DutchNames.SURNAMES);
                    email = Slug.of(name.substring(0, 1)) + "." + Slug.of(name.substring(name.indexOf(' ') + 1)) + "@" + company.domain();
                }
                if (emails.add(email)) {
                    coaches.add(new Coach(name, email, company, Rng.pick(r, TRACKS), day, colleagues));
                }
            }
        }
        return coaches;
    }

    private static void writeCoaches(Path file, Random r, List<Coach> coaches) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, "E-mailadres coach", "Naam coach", "KvK-nummer", "Traject", "Getraind op")) {
            for (int i = 0; i < coaches.size(); i++) {
                Coach c = coaches.get(i);
                String kvk = c.company().kvk();
                String trained = DUTCH.format(c.trainedOn());
                boolean roomForMistakes = coaches.size() >= MISTAKES_FROM;
                if (roomForMistakes && i == 3 && kvk.startsWith("0")) {
                    kvk = kvk.substring(1); // Excel dropped the leading zero
                } else if (roomForMistakes && i == coaches.size() / 2) {
                    trained = "31-06-2026"; // a day June does not have
                } else if (i % 7 == 5) {
                    kvk = ""; // left empty: the company follows from the coach's enrolments, if any
                }
                csv.text(c.email()).text(c.name()).text(kvk).text(c.track()).text(trained).endRow();
            }
        }
    }

    /** Every 1-4 weeks from the training to the end of the delivery; colleagues by address, as a number, or both. */
    private static void writeActivities(Path file, Random r, List<Coach> coaches) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, "E-mailadres coach", "Datum", "Aantal collega's", "E-mailadressen collega's", "Uren")) {
            int row = 0;
            for (Coach c : coaches) {
                LocalDate day = c.trainedOn().plusDays(Rng.between(r, 3, 21));
                while (!day.isAfter(DeliveryPeriod.DATA_UP_TO)) {
                    if (DeliveryPeriod.isSessionDay(day)) {
                        activity(csv, r, c, c.email(), day, row++);
                    }
                    day = day.plusDays(Rng.between(r, 5, 26));
                }
            }
            if (coaches.size() < MISTAKES_FROM) {
                return; // a small delivery: the odd rows below would be more than a tenth of it, and refuse it
            }
            // A coach the coaches file does not (yet) list: the activities are kept and counted apart.
            Coach unknown = coaches.get(r.nextInt(coaches.size()));
            String stranger = "r.hendriks@" + unknown.company().domain();
            activity(csv, r, unknown, stranger, LocalDate.of(2026, 9, 14), row++);
            activity(csv, r, unknown, stranger, LocalDate.of(2026, 10, 5), row);
            // Rows as real sheets have them wrong.
            csv.text(coaches.get(0).email()).text("").text("2").text("").text("1").endRow();
            csv.text(coaches.get(1).email()).text(DUTCH.format(LocalDate.of(2026, 10, 7))).text("").text("zie notitie").text("1").endRow();
            csv.text(coaches.get(2).email()).text(DUTCH.format(LocalDate.of(2026, 10, 8))).text("1").text("").text("2 uur").endRow();
        }
    }

    private static void activity(CsvWriter csv, Random r, Coach c, String coachEmail, LocalDate day, int row) throws IOException {
        List<String> named = new ArrayList<>();
        double u = r.nextDouble();
        if (u < 0.45) {
            int n = Rng.between(r, 1, 2);
            for (int k = 0; k < n; k++) {
                String colleague = c.colleagues().get(r.nextInt(c.colleagues().size())).email();
                if (!colleague.equals(coachEmail) && !named.contains(colleague)) {
                    named.add(colleague);
                }
            }
        }
        // Named only, a number only, or both (the number then covers colleagues not named).
        String count = named.isEmpty() || u > 0.35 ? Integer.toString(named.size() + Rng.between(r, named.isEmpty() ? 1 : 0, 3)) : "";
        if (named.isEmpty() && count.isEmpty()) {
            count = "1";
        }
        String hours = Rng.chance(r, 0.1) ? "" : String.valueOf(Rng.between(r, 1, 6) / 2.0).replace('.', ',').replace(",0", "");
        csv.text(coachEmail).text(row % 4 == 0 ? day.toString() : DUTCH.format(day)).text(count).text(String.join("; ", named)).text(hours)
                .endRow();
    }
}
