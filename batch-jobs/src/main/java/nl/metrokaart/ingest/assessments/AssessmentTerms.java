package nl.metrokaart.ingest.assessments;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The words the pps's tools use for an assessment's moment (intake, tussentijds, exit) and source
 * (self, coach, assessor), in Dutch and English. One list serves both places they are read: the
 * checks in {@code assessments-checked.sql} (through a temp table) and file names and column
 * headers of survey workbooks ("nulmeting-zelf.xlsx", "SM-DATA (exit, coach)").
 */
public final class AssessmentTerms {

    public enum Dimension { MOMENT, SOURCE }

    /** A word and what it stands for; {@code code} is the canonical value kept in the warehouse. */
    public record Term(String word, Dimension dimension, String code) {
    }

    // Only words that cannot mean anything else in a file name: no "final", "begin" or "v2".
    private static final List<Term> TERMS = List.of(
            moment("intake", "intake", "nulmeting", "beginmeting", "voormeting", "instroom"),
            moment("tussentijds", "tussentijds", "tussentijdse", "tussenmeting", "tussenevaluatie", "midterm", "interim"),
            moment("exit", "exit", "eindmeting", "nameting", "eind", "eindevaluatie", "uitstroom"),
            source("self", "self", "zelf", "zelfbeoordeling", "zelfevaluatie", "zelfscan", "selfassessment"),
            source("coach", "coach", "werkplekcoach", "begeleider", "praktijkopleider", "mentor"),
            source("assessor", "assessor", "beoordelaar", "examinator", "externebeoordelaar"))
            .stream().flatMap(List::stream).toList();

    private static final Map<String, Term> BY_WORD = TERMS.stream().collect(Collectors.toMap(Term::word, Function.identity()));

    private AssessmentTerms() {
    }

    /** The term a single word stands for ("Zelf-beoordeling" and "zelfbeoordeling" alike). */
    public static Optional<Term> of(String word) {
        return Optional.ofNullable(BY_WORD.get(key(word)));
    }

    /**
     * Fills TEMP table {@code assessment_term(term, dimension, code)} for the checks; {@code term}
     * is compared with the SQL macro {@code term_key}, which normalises as {@link #key} does.
     */
    public static void createTempTable(JdbcTemplate jdbc) {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE assessment_term (term VARCHAR, dimension VARCHAR, code VARCHAR)");
        // Our own constants, a few dozen rows: one INSERT with a VALUES list.
        jdbc.execute("INSERT INTO assessment_term VALUES " + TERMS.stream()
                .map(t -> "('" + t.word() + "', '" + t.dimension().name().toLowerCase(Locale.ROOT) + "', '" + t.code() + "')")
                .collect(Collectors.joining(", ")));
    }

    /** The words of a file name or header, as {@link #of} compares them: split at anything not a letter or digit. */
    public static List<String> words(String text) {
        return Arrays.stream(plain(text).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    static String key(String word) {
        return plain(word).replaceAll("[^a-z0-9]+", "");
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static List<Term> moment(String code, String... words) {
        return Arrays.stream(words).map(w -> new Term(w, Dimension.MOMENT, code)).toList();
    }

    private static List<Term> source(String code, String... words) {
        return Arrays.stream(words).map(w -> new Term(w, Dimension.SOURCE, code)).toList();
    }
}
