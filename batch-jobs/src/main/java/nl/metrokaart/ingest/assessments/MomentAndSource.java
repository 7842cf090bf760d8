package nl.metrokaart.ingest.assessments;

import java.util.List;
import java.util.Optional;

import nl.metrokaart.ingest.assessments.AssessmentTerms.Dimension;
import nl.metrokaart.ingest.assessments.AssessmentTerms.Term;

/**
 * The moment and source a workbook states for its assessments, in its file name or a column
 * header; either may be absent (NULL), leaving it to a more general level or the default.
 */
record MomentAndSource(String moment, String source) {

    static final MomentAndSource NONE = new MomentAndSource(null, null);

    /**
     * The moment and source named among {@code words}; other words are passed over (a file name
     * or question text holds many). Two different moments (or sources) cannot both hold.
     */
    static MomentAndSource named(List<String> words, String where) {
        String moment = null;
        String source = null;
        for (String word : words) {
            Optional<Term> term = AssessmentTerms.of(word);
            if (term.isEmpty()) {
                continue;
            }
            String code = term.get().code();
            if (term.get().dimension() == Dimension.MOMENT) {
                moment = agree(moment, code, "moments", where);
            } else {
                source = agree(source, code, "sources", where);
            }
        }
        return new MomentAndSource(moment, source);
    }

    /** This one where it says something, else {@code general}. */
    MomentAndSource orElse(MomentAndSource general) {
        return new MomentAndSource(moment != null ? moment : general.moment, source != null ? source : general.source);
    }

    private static String agree(String known, String code, String what, String where) {
        if (known != null && !known.equals(code)) {
            throw new IllegalArgumentException(where + " names two " + what + ", " + known + " and " + code + "; it can hold one");
        }
        return code;
    }

    @Override
    public String toString() {
        return (moment == null ? "moment not given" : moment) + ", " + (source == null ? "source not given" : source);
    }
}
