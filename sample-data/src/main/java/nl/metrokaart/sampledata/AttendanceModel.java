package nl.metrokaart.sampledata;

import java.util.Random;

/**
 * Simulates who shows up. Most people come to nearly every session; a few drop out halfway
 * (which is what makes completion interesting); a few cancel a single session, and the people
 * marked as cancelled cancel the whole run.
 */
final class AttendanceModel {

    private static final double DROPOUT = 0.09;
    private static final double UNRELIABLE = 0.10;
    private static final double CANCEL_ONE_SESSION = 0.012;

    private AttendanceModel() {
    }

    /** Result [member][session]. */
    static Attendance[][] simulate(Cohort cohort, long seed) {
        Random r = Rng.stream(seed, Rng.ATTENDANCE, cohort.run().index());
        int sessions = cohort.run().sessions().size();
        Attendance[][] out = new Attendance[cohort.members().length][sessions];
        for (int m = 0; m < out.length; m++) {
            if (cohort.cancelled()[m]) {
                for (int s = 0; s < sessions; s++) {
                    out[m][s] = Rng.chance(r, 0.5) ? Attendance.GEANNULEERD_AFGEMELD : Attendance.GEANNULEERD;
                }
                continue;
            }
            int dropFrom = sessions >= 3 && Rng.chance(r, DROPOUT) ? Rng.between(r, 1, sessions - 1) : sessions;
            double presentShare = Rng.chance(r, UNRELIABLE) ? 0.62 : 0.88;
            for (int s = 0; s < sessions; s++) {
                // the first session is never cancelled, so a participant keeps at least one row
                if (s > 0 && Rng.chance(r, CANCEL_ONE_SESSION)) {
                    out[m][s] = Rng.chance(r, 0.7) ? Attendance.GEANNULEERD_AFGEMELD : Attendance.GEANNULEERD;
                } else if (s >= dropFrom) {
                    out[m][s] = Rng.chance(r, 0.55) ? Attendance.AFWEZIG : Attendance.AFGEMELD;
                } else {
                    double u = r.nextDouble();
                    out[m][s] = u < presentShare ? Attendance.AANWEZIG
                            : u < presentShare + 0.06 ? Attendance.TE_LAAT
                            : u < presentShare + 0.06 + (1 - presentShare - 0.06) / 2 ? Attendance.AFWEZIG
                            : Attendance.AFGEMELD;
                }
            }
        }
        return out;
    }
}
