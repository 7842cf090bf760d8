package nl.metrokaart.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a complete, fictional delivery of "PPS Slimme Maakindustrie Oost" (catalogue, companies,
 * enrolments, badges in three shapes, assessments, follow-ups, workplace coaches and their
 * activities, a leercultuurscan) for the year up to 2026-10.
 * Same seed and size give byte-identical files; rows are streamed run by run, so a large
 * delivery never sits in memory.
 */
public final class DeliveryGenerator {

    public static final int DEFAULT_PARTICIPANTS = 320;
    public static final long DEFAULT_SEED = 42;
    /** Share of people who follow a second run on another lijn. */
    private static final double SECOND_RUN_SHARE = 0.07;

    static final List<String> FILES = List.of("metrokaart.yaml", "companies.csv", "enrolments.csv",
            BadgeWriter.OB2_FILE, BadgeWriter.OB3_FILE, BadgeWriter.EDUBADGES_FILE, "assessments.csv",
            "followups.csv", CoachWriter.COACHES_FILE, CoachWriter.ACTIVITIES_FILE, LeercultuurScanWriter.SCAN);

    private DeliveryGenerator() {
    }

    public static GenerationSummary generate(Path outDir, int participants, long seed) throws IOException {
        if (participants < 1) {
            throw new IllegalArgumentException("participants must be at least 1, was " + participants);
        }
        Files.createDirectories(outDir.resolve("badges"));
        Catalogue catalogue = Catalogue.standard();
        CatalogueWriter.write(outDir.resolve("metrokaart.yaml"), catalogue);

        List<Company> companies = CompanyFactory.create(CompanyFactory.countFor(participants), seed);
        CompanyFactory.write(outDir.resolve("companies.csv"), companies);

        List<Participant> people = ParticipantFactory.create(participants, companies, seed);
        int seats = participants + (int) Math.round(participants * SECOND_RUN_SHARE);
        List<Run> runs = RunPlanner.plan(seats, catalogue, seed);
        List<Cohort> cohorts = CohortAllocator.allocate(runs, people, catalogue, seed);

        boolean[] participated = new boolean[people.size()];
        try (EnrolmentWriter enrolments = new EnrolmentWriter(outDir.resolve("enrolments.csv"), people, companies);
             BadgeWriter badges = new BadgeWriter(outDir, people);
             AssessmentWriter assessments = new AssessmentWriter(outDir.resolve("assessments.csv"), people, catalogue);
             FollowupWriter followups = new FollowupWriter(outDir.resolve("followups.csv"), people, companies)) {
            for (Cohort cohort : cohorts) {
                Attendance[][] attendance = AttendanceModel.simulate(cohort, seed);
                enrolments.write(cohort, attendance);
                badges.write(cohort, attendance, seed);
                assessments.write(cohort, attendance, seed);
                followups.write(cohort, attendance, seed);
                for (int m = 0; m < cohort.members().length; m++) {
                    participated[cohort.members()[m]] |= !cohort.cancelled()[m];
                }
            }
            int participantCount = 0;
            for (boolean p : participated) {
                participantCount += p ? 1 : 0;
            }
            CoachWriter.write(outDir, companies, people, cohorts, seed);
            LeercultuurScanWriter.write(outDir, outDir.resolve("metrokaart.yaml"), companies, people, seed);
            // rows() is final once the loop is done; the writers flush on close right after
            return new GenerationSummary(companies.size(), participantCount, runs.size(), enrolments.rows(),
                    badges.issued(), assessments.rows(), followups.rows(),
                    FILES.stream().map(outDir::resolve).toList());
        }
    }

    /** Usage: --out DIR [--participants N] [--seed S]. Called by {@code ./metrokaart generate}. */
    public static void main(String[] args) throws IOException {
        Path out = null;
        int participants = DEFAULT_PARTICIPANTS;
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--out" -> out = Path.of(require(args[i], value));
                case "--participants" -> participants = Integer.parseInt(require(args[i], value));
                case "--seed" -> seed = Long.parseLong(require(args[i], value));
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (out == null) {
            usage("--out is required");
        }
        long started = System.nanoTime();
        GenerationSummary s = generate(out, participants, seed);
        System.out.printf(Locale.ROOT,
                "wrote %s: %d companies, %d participants, %d runs, %d enrolment rows, %d badges, "
                        + "%d assessments, %d follow-ups in %.1f s%n",
                out, s.companies(), s.participants(), s.runs(), s.enrolmentRows(), s.badges(), s.assessments(),
                s.followups(), (System.nanoTime() - started) / 1e9);
    }

    private static String require(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: DeliveryGenerator --out DIR [--participants N (default 320)] [--seed S (default 42)]");
        System.exit(2);
    }
}
