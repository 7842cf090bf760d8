package nl.metrokaart.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * followups.csv: the outcome that matters. Each company decides once, after its first run,
 * whether it goes on to a follow-up; the row names the participant or only the company.
 * Most start 14-300 days after the run; a few fall before the run ended or after the window.
 */
final class FollowupWriter implements Closeable {

    private static final double CONVERTS = 0.42;
    private static final double COMPANY_LEVEL = 0.35;
    private static final double SECOND_FOLLOWUP = 0.10;
    private static final double[] TYPE_WEIGHTS = {0.35, 0.40, 0.25};
    private static final String[][] PROVIDERS = {
        {"Graafschap College", "ROC van Twente", "Aventus", "Deltion College", "Rijn IJssel"},
        {"TechniekCollege Oost", "Opleidingscentrum Metaal Oost", "Academie voor Onderhoud", "Cobot Academy Hengelo"},
        {"Innovatiewerkplaats Smart Maintenance", "Fieldlab Digitale Fabriek Oost", "Proeftuin Robotica Achterhoek"}
    };

    private final CsvWriter csv;
    private final List<Participant> people;
    private final List<Company> companies;
    private final boolean[] decided;
    private int decidedCount;
    private int convertedCount;

    FollowupWriter(Path file, List<Participant> people, List<Company> companies) throws IOException {
        this.csv = new CsvWriter(file, "participant_email", "company_kvk", "type", "provider", "start_date", "run_code");
        this.people = people;
        this.companies = companies;
        this.decided = new boolean[companies.size()];
    }

    void write(Cohort cohort, Attendance[][] attendance, long seed) throws IOException {
        Run run = cohort.run();
        Random r = Rng.stream(seed, Rng.FOLLOWUPS, run.index());
        for (int m = 0; m < cohort.members().length; m++) {
            int company = people.get(cohort.members()[m]).company();
            if (decided[company] || !attended(attendance[m])) {
                continue;
            }
            decided[company] = true;
            decidedCount++;
            // a quota with random jitter keeps the company share near CONVERTS even for 55 companies
            if (convertedCount + r.nextDouble() >= CONVERTS * decidedCount + 0.5) {
                continue;
            }
            int type = Rng.weighted(r, TYPE_WEIGHTS);
            LocalDate start = workday(startDate(run.last(), r));
            if (start == null) {
                continue; // the run ended too recently; a later company takes its place in the quota
            }
            convertedCount++;
            emit(cohort, attendance, m, company, type, start, r);
            if (Rng.chance(r, SECOND_FOLLOWUP)) {
                LocalDate later = workday(start.plusDays(Rng.between(r, 30, 120)));
                if (!later.isAfter(DeliveryPeriod.DATA_UP_TO)) {
                    emit(cohort, attendance, m, company, (type + 1 + r.nextInt(2)) % 3, later, r);
                }
            }
        }
    }

    private void emit(Cohort cohort, Attendance[][] attendance, int m, int company, int type, LocalDate start,
                      Random r) throws IOException {
        String provider = Rng.pick(r, PROVIDERS[type]);
        String runCode = Rng.chance(r, 0.6) ? cohort.run().code() : "";
        if (Rng.chance(r, COMPANY_LEVEL)) {
            row("", company, type, provider, start, runCode);
            return;
        }
        row(people.get(cohort.members()[m]).email(), company, type, provider, start, runCode);
        if (Rng.chance(r, 0.2)) {
            // a colleague from the same run joins the same follow-up
            for (int k = m + 1; k < cohort.members().length; k++) {
                Participant colleague = people.get(cohort.members()[k]);
                if (colleague.company() == company && attended(attendance[k])) {
                    row(colleague.email(), company, type, provider, start, runCode);
                    break;
                }
            }
        }
    }

    private static LocalDate startDate(LocalDate last, Random r) {
        double u = r.nextDouble();
        if (u < 0.03) {
            return last.minusDays(Rng.between(r, 1, 30)); // signed up before the run ended
        }
        if (u < 0.06) {
            return last.plusMonths(12).plusDays(Rng.between(r, 1, 90)); // outside the 12-month window
        }
        long room = ChronoUnit.DAYS.between(last, DeliveryPeriod.DATA_UP_TO);
        int latest = (int) Math.min(300, room);
        return latest < 14 ? null : last.plusDays(Rng.between(r, 14, latest));
    }

    /** Follow-ups start on a working day; an in-window date never moves past the delivery. */
    private static LocalDate workday(LocalDate d) {
        if (d == null) {
            return null;
        }
        LocalDate forward = d;
        while (!DeliveryPeriod.isSessionDay(forward)) {
            forward = forward.plusDays(1);
        }
        if (!forward.isAfter(DeliveryPeriod.DATA_UP_TO) || d.isAfter(DeliveryPeriod.DATA_UP_TO)) {
            return forward;
        }
        LocalDate back = d;
        while (!DeliveryPeriod.isSessionDay(back)) {
            back = back.minusDays(1);
        }
        return back;
    }

    private static boolean attended(Attendance[] sessions) {
        for (Attendance a : sessions) {
            if (a.present) {
                return true;
            }
        }
        return false;
    }

    private void row(String email, int company, int type, String provider, LocalDate start, String runCode)
            throws IOException {
        csv.text(email).text(companies.get(company).kvk()).text(Catalogue.FOLLOWUP_TYPES.get(type)).text(provider)
                .text(start.toString()).text(runCode);
        csv.endRow();
    }

    long rows() {
        return csv.rows();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
