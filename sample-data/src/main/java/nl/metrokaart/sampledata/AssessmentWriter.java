package nl.metrokaart.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * assessments.csv: a self-assessed intake on the skills of the lijn's profile before the run,
 * an exit by a coach or assessor after it (usually 0-2 levels higher), some mid-run checks and
 * some same-day self/coach pairs. Skills are sometimes skipped, so "unrated" occurs.
 */
final class AssessmentWriter implements Closeable {

    private static final double INTAKE = 0.88;
    private static final double SKIP_SKILL = 0.08;
    private static final double TUSSENTIJDS = 0.10;
    private static final double SAME_DAY_PAIR = 0.08;

    private final CsvWriter csv;
    private final List<Participant> people;
    private final Catalogue catalogue;

    AssessmentWriter(Path file, List<Participant> people, Catalogue catalogue) throws IOException {
        this.csv = new CsvWriter(file, "participant_email", "skill_code", "level", "assessed_on", "moment", "source");
        this.people = people;
        this.catalogue = catalogue;
    }

    void write(Cohort cohort, Attendance[][] attendance, long seed) throws IOException {
        Run run = cohort.run();
        Random r = Rng.stream(seed, Rng.ASSESSMENTS, run.index());
        List<Catalogue.SkillLevel> targets = catalogue.profile(run.lijn().profile()).targets();
        int sessions = run.sessions().size();
        int needed = (int) Math.ceil(0.75 * sessions);
        for (int m = 0; m < cohort.members().length; m++) {
            if (cohort.cancelled()[m]) {
                continue;
            }
            String email = people.get(cohort.members()[m]).email();
            int[] intake = new int[targets.size()];
            if (Rng.chance(r, INTAKE)) {
                String on = run.first().minusDays(Rng.between(r, 0, 14)).toString();
                for (int k = 0; k < targets.size(); k++) {
                    if (!Rng.chance(r, SKIP_SKILL)) {
                        intake[k] = 1 + Rng.weighted(r, new double[] {0.30, 0.45, 0.20, 0.05});
                        row(email, targets.get(k).skill(), intake[k], on, "intake", "self");
                    }
                }
            }
            if (sessions >= 3 && Rng.chance(r, TUSSENTIJDS)) {
                String on = run.sessions().get(sessions / 2).toString();
                int k = r.nextInt(targets.size());
                row(email, targets.get(k).skill(), Math.min(Catalogue.SCALE_MAX, Math.max(1, intake[k]) + r.nextInt(2)),
                        on, "tussentijds", "coach");
            }
            int present = 0;
            for (int s = 0; s < sessions; s++) {
                present += attendance[m][s].present ? 1 : 0;
            }
            double exitChance = present >= needed ? 0.78 : present > 0 ? 0.40 : 0.0;
            LocalDate exitOn = run.last().plusDays(Rng.between(r, 0, 21));
            if (Rng.chance(r, exitChance) && !exitOn.isAfter(DeliveryPeriod.DATA_UP_TO)) {
                exit(email, targets, intake, exitOn.toString(), r);
            }
        }
    }

    private void exit(String email, List<Catalogue.SkillLevel> targets, int[] intake, String on, Random r)
            throws IOException {
        String source = Rng.chance(r, 0.7) ? "coach" : "assessor";
        int pairSkill = Rng.chance(r, SAME_DAY_PAIR) ? r.nextInt(targets.size()) : -1;
        for (int k = 0; k < targets.size(); k++) {
            int level;
            if (intake[k] > 0) {
                if (Rng.chance(r, 0.05)) {
                    continue;
                }
                level = Math.min(Catalogue.SCALE_MAX, intake[k] + Rng.weighted(r, new double[] {0.25, 0.50, 0.25}));
            } else if (Rng.chance(r, 0.5)) {
                level = Rng.between(r, 2, 3);
            } else {
                continue;
            }
            if (k == pairSkill) {
                // the participant rates the same skill that day too; the coach's or assessor's rating wins
                int self = Math.max(Catalogue.SCALE_MIN, Math.min(Catalogue.SCALE_MAX, level + Rng.between(r, -1, 1)));
                row(email, targets.get(k).skill(), self, on, "exit", "self");
            }
            row(email, targets.get(k).skill(), level, on, "exit", source);
        }
    }

    private void row(String email, String skill, int level, String on, String moment, String source)
            throws IOException {
        csv.plain(email).plain(skill).number(level).plain(on).plain(moment).plain(source);
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
