package nl.metrokaart.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The train-the-trainer marts against the golden fixture: its coaches ({@code werkplekcoaches.csv})
 * and their activities ({@code coachactiviteiten.csv}) beside the metrolijn delivery, so that coached
 * colleagues can be followed to runs and badges. Every expected value is derived by hand in the
 * section "Werkplekcoaches" of {@code src/test/resources/golden/README.md}.
 */
class GoldenCoachesTest {

    private static final String D = GoldenMartsTest.D;
    private static final Path DELIVERY = GoldenMartsTest.resource("/golden").resolve("delivery");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    @TempDir
    static Path temp;

    private static Workspace workspace;
    /** pseudonym -> e-mail address, for every address written anywhere in the delivery. */
    private static final Map<String, String> EMAIL_OF_KEY = new HashMap<>();

    @BeforeAll
    static void ingestTheGoldenDelivery() throws Exception {
        workspace = LoadedWarehouse.copy(DELIVERY, temp);
        Result result = LoadedWarehouse.ingestOf(DELIVERY);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM reject")).as(result.toString()).isZero();
        byte[] key = Files.readString(temp.resolve("key").resolve("pseudonym.key")).trim().getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(DELIVERY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = EMAIL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String email = m.group().toLowerCase(java.util.Locale.ROOT);
                    EMAIL_OF_KEY.put(GoldenMartsTest.hmac(key, email), email);
                }
            }
        }
    }

    @Test
    void coachesTrained() throws Exception {
        assertMart("SELECT * FROM coaches_trained(DATE '2025-01-01', " + D + ")", "coaches_trained.csv");
    }

    @Test
    void coachReach() throws Exception {
        assertMart("SELECT * FROM coach_reach(DATE '2026-01-01', " + D + ")", "coach_reach.csv");
    }

    @Test
    void coachedColleagueOutcome() throws Exception {
        assertMart("SELECT * FROM coached_colleague_outcome(" + D + ")", "coached_colleague_outcome.csv");
    }

    /** 2025 holds Victor alone: trained in November, one activity of three unnamed colleagues in December. */
    @Test
    void anEarlierPeriodCountsOnlyWhatHappenedInIt() throws Exception {
        assertThat(rows("SELECT * FROM coach_reach(DATE '2025-01-01', DATE '2025-12-31')"))
                .containsExactly("1,1,1,0,1,1,1,0,3,0,3,2");
    }

    /**
     * At the end of July Sam's badge of 15 July counts (after his coaching of 20 June), and Ivo, coached by
     * Wim on 10 July, is followed too: he only ever cancelled, so he has neither a run nor a badge after it.
     */
    @Test
    void aLaterReportDateFollowsTheColleaguesFurther() throws Exception {
        assertThat(rows("SELECT * FROM coached_colleague_outcome(DATE '2026-07-31') WHERE first_coached_on >= DATE '2026-06-20'"))
                .containsExactly("ivo@golf.example,2026-07-10,1,1,false,,false,", "sam@echo.example,2026-06-20,1,1,false,,true,2026-07-15");
    }

    /** A coach's pseudonym is a participant's: Anna (twice), Eva, Hugo and Gijs followed a lijn; Victor and Wim did not. */
    @Test
    void aCoachWhoFollowedALijnIsTheSamePerson() throws Exception {
        assertThat(rows("SELECT coach_key, track FROM coach WHERE coach_key IN (SELECT participant_key FROM enrolment)")).containsExactly(
                "anna@alfa.example,ROOD", "anna@alfa.example,Werkplekcoach basis", "eva@charlie.example,Werkplekcoach basis",
                "gijs@home.example,Werkplekcoach basis", "hugo@delta.example,Werkplekcoach basis");
    }

    private static void assertMart(String mart, String expectedFile) throws Exception {
        GoldenMartsTest.assertMart(workspace, EMAIL_OF_KEY, mart, expectedFile);
    }

    private static List<String> rows(String sql) throws Exception {
        return GoldenMartsTest.rows(workspace, EMAIL_OF_KEY, sql);
    }
}
