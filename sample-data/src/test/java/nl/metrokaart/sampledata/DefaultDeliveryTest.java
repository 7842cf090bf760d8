package nl.metrokaart.sampledata;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default sample (320 participants, seed 42) read back from the files, as a loader would. */
class DefaultDeliveryTest {

    private static final Pattern LIJN = Pattern.compile(
            "code: (\\w+), name: [^\\n]*\\n\\s+min_participants: (\\d+), max_participants: (\\d+)");
    private static final Pattern MODULE = Pattern.compile("- \\{code: (NM-\\d+), [^\\n]*badge_class: \"([^\"]+)\"");
    private static final Pattern OB2_RECIPIENT = Pattern.compile(
            "\"salt\":\"([0-9a-f]+)\",\"identity\":\"(sha256\\$[0-9a-f]{64})\"");
    private static final Pattern OB3_RECIPIENT = Pattern.compile(
            "\"identityHash\":\"(sha256\\$[0-9a-f]{64})\",\"identityType\":\"emailAddress\",\"hashed\":true,"
                    + "\"salt\":\"([0-9a-f]+)\"");

    @TempDir
    static Path dir;
    static GenerationSummary summary;
    static List<Map<String, String>> enrolments;
    static List<Map<String, String>> companies;
    static String yaml;
    static Map<String, int[]> bands = new HashMap<>();
    static Map<String, String> badgeClasses = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = DeliveryGenerator.generate(dir, DeliveryGenerator.DEFAULT_PARTICIPANTS, DeliveryGenerator.DEFAULT_SEED);
        enrolments = TestCsv.read(dir.resolve("enrolments.csv"));
        companies = TestCsv.read(dir.resolve("companies.csv"));
        yaml = Files.readString(dir.resolve("metrokaart.yaml"));
        Matcher l = LIJN.matcher(yaml);
        while (l.find()) {
            bands.put(l.group(1), new int[] {Integer.parseInt(l.group(2)), Integer.parseInt(l.group(3))});
        }
        Matcher m = MODULE.matcher(yaml);
        while (m.find()) {
            badgeClasses.put(m.group(2), m.group(1));
        }
    }

    @Test
    void catalogueHasTheAgreedShapeAndSize() {
        assertThat(yaml).contains("pps: PPS Slimme Maakindustrie Oost", "sector: maakindustrie",
                "scale: {min: 1, max: 5, labels: {1: oriënterend, 2: basis, 3: zelfstandig, 4: gevorderd, 5: expert}}",
                "rules: {completion_share: 0.75, conversion_window_months: 12, min_group_size: 5}",
                "followup_types: [opleiding, cursus, innovatieproject]", "kind: mbo-certificaat",
                "kind: branchecertificaat");
        assertThat(bands).containsOnlyKeys("ROOD", "BLAUW", "GROEN", "GEEL", "PAARS");
        assertThat(bands.get("PAARS")).containsExactly(6, 12);
        assertThat(badgeClasses).hasSizeGreaterThanOrEqualTo(24);
        assertThat(Pattern.compile("hours: ([0-9]+)").matcher(yaml).results().map(r -> Integer.parseInt(r.group(1))))
                .hasSizeGreaterThanOrEqualTo(24).allSatisfy(h -> assertThat(h).isBetween(1, 4));
    }

    @Test
    void enoughRunsAndParticipants() {
        Set<String> runs = enrolments.stream().map(r -> r.get("run_code")).collect(toSet());
        Set<String> participants = enrolments.stream().filter(r -> !r.get("status").equals("geannuleerd"))
                .map(r -> r.get("participant_email")).collect(toSet());

        assertThat(runs).hasSizeGreaterThanOrEqualTo(20).hasSize(summary.runs());
        assertThat(participants).hasSizeGreaterThanOrEqualTo(300).hasSize(summary.participants());
        assertThat(enrolments).hasSize((int) summary.enrolmentRows());
        assertThat(runs.stream().map(c -> c.substring(0, c.indexOf('-'))).collect(toSet()))
                .containsExactlyInAnyOrder("ROOD", "BLAUW", "GROEN", "GEEL", "PAARS");
    }

    @Test
    void occupancySpreadsOverUnderBandFullAndOverbooked() {
        Map<String, Set<String>> perRun = new TreeMap<>();
        Map<String, String> lijnOfRun = new HashMap<>();
        for (Map<String, String> r : enrolments) {
            lijnOfRun.put(r.get("run_code"), r.get("lijn_code"));
            perRun.computeIfAbsent(r.get("run_code"), k -> new HashSet<>());
            if (!r.get("status").equals("geannuleerd")) {
                perRun.get(r.get("run_code")).add(r.get("participant_email"));
            }
        }
        int under = 0;
        int over = 0;
        int full = 0;
        int band = 0;
        for (Map.Entry<String, Set<String>> e : perRun.entrySet()) {
            int[] minMax = bands.get(lijnOfRun.get(e.getKey()));
            int n = e.getValue().size();
            if (n < 8) {
                under++;
            } else if (n > minMax[1]) {
                over++;
            } else if (n == minMax[1]) {
                full++;
            } else if (n >= minMax[0]) {
                band++;
            }
        }
        assertThat(under).as("runs under 8").isGreaterThanOrEqualTo(1);
        assertThat(over).as("overbooked runs").isGreaterThanOrEqualTo(1);
        assertThat(full).as("full runs").isGreaterThanOrEqualTo(1);
        assertThat(band).as("runs inside the band").isGreaterThan(perRun.size() / 2);
    }

    @Test
    void sessionsLieInTheYearAndFollowTheLijn() {
        Map<String, List<Map<String, String>>> byRun = enrolments.stream().collect(groupingBy(r -> r.get("run_code")));
        for (Map.Entry<String, List<Map<String, String>>> e : byRun.entrySet()) {
            TreeMap<LocalDate, Set<String>> sessions = new TreeMap<>();
            e.getValue().forEach(r -> sessions.computeIfAbsent(LocalDate.parse(r.get("session_date")),
                    k -> new HashSet<>()).add(r.get("module_code")));
            LocalDate first = sessions.firstKey();
            String lijn = e.getValue().get(0).get("lijn_code");
            assertThat(e.getKey()).startsWith(lijn + "-" + first.toString().substring(0, 7));
            assertThat(first).isAfterOrEqualTo(LocalDate.of(2025, 11, 1));
            assertThat(sessions.lastKey()).isBeforeOrEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(sessions.values()).allSatisfy(modules -> assertThat(modules).hasSize(1));
            LocalDate previous = null;
            for (LocalDate d : sessions.keySet()) {
                if (previous != null) {
                    assertThat(ChronoUnit.DAYS.between(previous, d)).as(e.getKey()).isBetween(14L, 21L);
                }
                previous = d;
            }
        }
        assertThat(byRun.values().stream().map(rows -> rows.get(0).get("session_date").substring(0, 7))
                .filter(m -> m.equals("2026-09") || m.equals("2026-10"))).isNotEmpty();
    }

    @Test
    void everyReferenceResolves() throws IOException {
        Set<String> moduleCodes = new HashSet<>(badgeClasses.values());
        Set<String> kvks = companies.stream().map(c -> c.get("kvk")).collect(toSet());
        assertThat(enrolments).allSatisfy(r -> {
            assertThat(moduleCodes).contains(r.get("module_code"));
            assertThat(kvks).contains(r.get("company_kvk"));
            assertThat(r.get("role")).isIn("ondernemer", "medewerker");
            assertThat(r.get("status")).isIn("ingeschreven", "geannuleerd");
            assertThat(r.get("attendance")).isIn(r.get("status").equals("geannuleerd")
                    ? List.of("afgemeld", "") : List.of("aanwezig", "te laat", "afwezig", "afgemeld"));
            assertThat(r.get("participant_email")).matches("[a-z0-9]+\\.[a-z0-9]+@[a-z0-9]+\\.nl");
        });
        assertThat(enrolments.stream().map(r -> r.get("enrolment_id")).collect(toSet())).hasSize(enrolments.size());
        assertThat(TestCsv.read(dir.resolve("followups.csv"))).allSatisfy(f -> {
            assertThat(kvks).contains(f.get("company_kvk"));
            assertThat(f.get("type")).isIn("opleiding", "cursus", "innovatieproject");
        });
    }

    @Test
    void aParticipantWorksAtOneCompany() {
        Map<String, Set<String>> companiesOf = enrolments.stream().collect(groupingBy(r -> r.get("participant_email"),
                mapping(r -> r.get("company_kvk"), toSet())));
        assertThat(companiesOf.values()).allSatisfy(k -> assertThat(k).hasSize(1));
    }

    @Test
    void cancellationsAndSecondRunsOccurInRealisticShares() {
        long cancelled = enrolments.stream().filter(r -> r.get("status").equals("geannuleerd")).count();
        assertThat((double) cancelled / enrolments.size()).isBetween(0.01, 0.06);

        Map<String, Set<String>> lijnen = enrolments.stream().filter(r -> !r.get("status").equals("geannuleerd"))
                .collect(groupingBy(r -> r.get("participant_email"),
                        mapping(r -> r.get("lijn_code"), toSet())));
        long twoLijnen = lijnen.values().stream().filter(s -> s.size() > 1).count();
        assertThat((double) twoLijnen / lijnen.size()).isBetween(0.04, 0.11);

        Map<String, String> roleOf = new HashMap<>();
        enrolments.forEach(r -> roleOf.put(r.get("participant_email"), r.get("role")));
        long ondernemers = roleOf.values().stream().filter("ondernemer"::equals).count();
        assertThat((double) ondernemers / roleOf.size()).isBetween(0.18, 0.32);
    }

    @Test
    void companiesCoverEverySizeClassWithTextKvk() {
        assertThat(companies).hasSizeGreaterThanOrEqualTo(50);
        assertThat(companies).allSatisfy(c -> assertThat(c.get("kvk")).matches("[0-9]{8}"));
        assertThat(companies.stream().map(c -> c.get("kvk")).collect(toSet())).hasSize(companies.size());
        assertThat(companies).anySatisfy(c -> assertThat(c.get("kvk")).startsWith("0"));
        assertThat(enrolments).allSatisfy(r -> assertThat(r.get("company_kvk")).matches("[0-9]{8}"));
        Set<String> classes = companies.stream().map(c -> {
            int e = Integer.parseInt(c.get("employees"));
            return e < 10 ? "micro" : e < 50 ? "klein" : e < 250 ? "middel" : "groot";
        }).collect(toCollection(TreeSet::new));
        assertThat(classes).containsExactly("groot", "klein", "micro", "middel");
        assertThat(companies).allSatisfy(c -> assertThat(c.get("region"))
                .isIn("Twente", "Achterhoek", "Stedendriehoek", "Regio Zwolle", "Arnhem-Nijmegen"));
    }

    @Test
    void badgesComeInThreeShapesAndHashedIdentitiesVerify() throws IOException {
        String ob2 = Files.readString(dir.resolve("badges/ob2-assertions.json"));
        String ob3 = Files.readString(dir.resolve("badges/ob3-credentials.json"));
        List<Map<String, String>> edubadges = TestCsv.read(dir.resolve("badges/edubadges.csv"));
        Set<String> emails = enrolments.stream().map(r -> r.get("participant_email")).collect(toSet());

        List<String[]> ob2Recipients = OB2_RECIPIENT.matcher(ob2).results()
                .map(m -> new String[] {m.group(1), m.group(2)}).toList();
        List<String[]> ob3Recipients = OB3_RECIPIENT.matcher(ob3).results()
                .map(m -> new String[] {m.group(2), m.group(1)}).toList();
        assertThat(ob2Recipients).isNotEmpty();
        assertThat(ob3Recipients).isNotEmpty();
        assertThat(edubadges).isNotEmpty();
        assertThat(ob2.lines().filter(l -> l.startsWith("{")).count()).isEqualTo(ob2Recipients.size());
        assertThat(ob3.lines().filter(l -> l.startsWith("{")).count()).isEqualTo(ob3Recipients.size());
        assertThat(summary.badges()).isEqualTo(ob2Recipients.size() + ob3Recipients.size() + edubadges.size());

        // a known participant: the first OB 2.0 recipient is exactly one of the enrolled e-mail addresses
        String[] first = ob2Recipients.get(0);
        assertThat(emails.stream().filter(e -> sha256(e + first[0]).equals(first[1]))).hasSize(1);
        // and every hashed identity in both OB files belongs to someone enrolled
        Set<String> unknown = new HashSet<>();
        for (String[] r : concat(ob2Recipients, ob3Recipients)) {
            if (emails.stream().noneMatch(e -> sha256(e + r[0]).equals(r[1]))) {
                unknown.add(r[1]);
            }
        }
        assertThat(unknown).isEmpty();

        assertThat(edubadges).allSatisfy(b -> {
            assertThat(emails).contains(b.get("recipient_email"));
            assertThat(badgeClasses).containsKey(b.get("badgeclass"));
            assertThat(b.get("acceptance")).isIn("Accepted", "Unaccepted", "Rejected");
            assertThat(LocalDate.parse(b.get("issued_on"))).isBeforeOrEqualTo(LocalDate.of(2026, 10, 31));
        });
        assertThat(edubadges).anySatisfy(b -> assertThat(b.get("revoked")).isEqualTo("true"));
        assertThat(ob2).contains("\"revoked\":true", "\"expires\":", "+01:00\"", "+02:00\"");
        assertThat(ob3).contains("\"validFrom\":", "\"issuanceDate\":");
        Pattern.compile("\"badge\":\"([^\"]+)\"").matcher(ob2).results()
                .forEach(m -> assertThat(badgeClasses).containsKey(m.group(1)));
    }

    @Test
    void assessmentsUseTheScaleAndMoments() throws IOException {
        List<Map<String, String>> assessments = TestCsv.read(dir.resolve("assessments.csv"));
        assertThat(assessments).hasSize((int) summary.assessments());
        assertThat(assessments).allSatisfy(a -> {
            assertThat(Integer.parseInt(a.get("level"))).isBetween(1, 5);
            assertThat(a.get("moment")).isIn("intake", "tussentijds", "exit");
            assertThat(a.get("source")).isIn("self", "coach", "assessor");
            assertThat(LocalDate.parse(a.get("assessed_on"))).isBeforeOrEqualTo(LocalDate.of(2026, 10, 31));
        });
        assertThat(assessments.stream().map(a -> a.get("moment")).collect(toSet()))
                .containsExactlyInAnyOrder("intake", "tussentijds", "exit");
        long withExit = assessments.stream().filter(a -> a.get("moment").equals("exit"))
                .map(a -> a.get("participant_email")).distinct().count();
        assertThat((double) withExit / summary.participants()).isBetween(0.45, 0.75);
    }

    @Test
    void followupsConvertSomeOfTheCompanies() throws IOException {
        List<Map<String, String>> followups = TestCsv.read(dir.resolve("followups.csv"));
        assertThat(followups).hasSize((int) summary.followups());
        assertThat(followups).anySatisfy(f -> assertThat(f.get("participant_email")).isEmpty());
        assertThat(followups).anySatisfy(f -> assertThat(f.get("participant_email")).isNotEmpty());
        assertThat(followups).anySatisfy(f -> assertThat(f.get("run_code")).isEmpty());
        assertThat(followups).anySatisfy(f -> assertThat(f.get("run_code")).isNotEmpty());
        long converting = followups.stream().map(f -> f.get("company_kvk")).distinct().count();
        long taking = enrolments.stream().map(r -> r.get("company_kvk")).distinct().count();
        assertThat((double) converting / taking).isBetween(0.30, 0.50);
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        List<String[]> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
