package nl.metrokaart.ingest.leercultuur;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.metrokaart.ingest.CsvColumns;
import nl.metrokaart.ingest.InputKind;

/**
 * The columns a scan export may have: the fixed ones (company, respondent, date, scan round,
 * and for the long shape dimension and score), found by their aliases, and in the wide shape one
 * column per dimension, headed by its code or name from the catalogue, or per survey question
 * (item) the catalogue lists for it. A dimension's columns get canonical names {@code d<i>} (its
 * code or name) and {@code d<i>_<j>} (its j-th item), since codes need not be SQL names.
 */
final class ScanLayout {

    static final List<String> FIXED = List.of("company_kvk", "scanned_on", "participant_email", "respondent", "scan", "dimension", "score",
            ScanWorkbook.SOURCE_LINE);

    /** A column of the wide shape: the dimension it scores, and the item text stored with each answer. */
    record DimensionColumn(String canonical, String dimensionCode, String item) {
    }

    private final CsvColumns columns;
    private final Map<String, DimensionColumn> dimensionColumns = new LinkedHashMap<>();

    /** A header that names a dimension and then, in brackets, a question: Google Forms' grid rows, LimeSurvey's subquestions. */
    private static final Pattern BRACKETED = Pattern.compile("(.*?)\\s*\\[(.+)]\\s*");

    /**
     * @param headers the file's header: a header "{code or name} [question]" is an item of that
     *                dimension too, listed or not ("Ruimte om te leren [Ik krijg tijd om te leren]", "RUIMTE[SQ001]")
     */
    ScanLayout(List<Dimension> dimensions, Map<String, List<String>> aliases, List<String> headers) {
        Map<String, List<String>> all = new LinkedHashMap<>(aliases);
        Map<String, String> codeOf = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            String own = "d" + (i + 1);
            List<String> names = new ArrayList<>(List.of(d.code()));
            if (d.name() != null) {
                names.add(d.name());
            }
            all.put(own, names);
            codeOf.put(own, d.code());
            dimensionColumns.put(own, new DimensionColumn(own, d.code(), d.code()));
            for (int j = 0; j < d.items().size(); j++) {
                String item = own + "_" + (j + 1);
                all.put(item, List.of(d.items().get(j)));
                dimensionColumns.put(item, new DimensionColumn(item, d.code(), d.items().get(j)));
            }
        }
        // the dimension a bracketed header's first part names, matched as any header is
        CsvColumns byName = new CsvColumns(InputKind.LEERCULTUURSCANS, List.of(), List.copyOf(codeOf.keySet()), all);
        CsvColumns listed = new CsvColumns(InputKind.LEERCULTUURSCANS, List.of(), List.copyOf(dimensionColumns.keySet()), all);
        int k = 0;
        for (String header : headers) {
            Matcher m = BRACKETED.matcher(header);
            // a question the catalogue lists already has its column
            if (m.matches() && listed.match(List.of(header)).isEmpty()) {
                for (String own : byName.match(List.of(m.group(1))).keySet()) {
                    String item = own + "_q" + (++k);
                    all.put(item, List.of(header));
                    dimensionColumns.put(item, new DimensionColumn(item, codeOf.get(own), header));
                }
            }
        }
        List<String> optional = new ArrayList<>(FIXED.subList(1, FIXED.size()));
        optional.addAll(dimensionColumns.keySet());
        this.columns = new CsvColumns(InputKind.LEERCULTUURSCANS, List.of("company_kvk"), optional, all);
    }

    /** A dimension of the catalogue's leercultuurscan. */
    record Dimension(String code, String name, List<String> items) {
    }

    CsvColumns columns() {
        return columns;
    }

    /**
     * The long shape every scan is checked in (line, company_kvk, participant_email, respondent,
     * scanned_on, scan, dimension, item, score), from the staged file: as it is for a long export,
     * one row per filled dimension or item cell for a wide one. {@code matched}: canonical column ->
     * header, as staging found them.
     *
     * @throws IllegalArgumentException when the file has neither shape (the reason, for the user)
     */
    String unpivot(String staged, Map<String, String> matched, String longTable) {
        String line = matched.containsKey(ScanWorkbook.SOURCE_LINE)
                ? "coalesce(TRY_CAST(source_line AS BIGINT), line) AS line" : "line";
        String common = "SELECT " + line + ", company_kvk, participant_email, respondent, scanned_on, scan, ";
        String select;
        if (matched.containsKey("dimension") && matched.containsKey("score")) {
            if (!matched.containsKey("respondent") && !matched.containsKey("participant_email")) {
                throw new IllegalArgumentException("a long export (dimension and score columns) needs a respondent or e-mail column:"
                        + " without it one person's answers cannot be told from another's. Add it, or deliver the survey wide"
                        + " (one row per respondent, a column per dimension).");
            }
            select = common + "dimension, CAST(NULL AS VARCHAR) AS item, score FROM " + staged;
        } else {
            List<String> parts = dimensionColumns.values().stream().filter(c -> matched.containsKey(c.canonical()))
                    .map(c -> common + literal(c.dimensionCode()) + " AS dimension, " + literal(matched.get(c.canonical()))
                            + " AS item, " + c.canonical() + " AS score FROM " + staged + " WHERE " + c.canonical() + " IS NOT NULL")
                    .toList();
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("no column is a dimension of the leercultuurscan in metrokaart.yaml ("
                        + describe() + "), and there are no dimension and score columns either. Name a column after a dimension's"
                        + " code or name, or list the survey's questions as the dimension's items in metrokaart.yaml.");
            }
            select = String.join(" UNION ALL ", parts);
        }
        return "CREATE OR REPLACE TEMP TABLE " + longTable + " AS " + select;
    }

    private String describe() {
        return dimensionColumns.values().stream().filter(c -> codeOrName(c))
                .map(c -> c.dimensionCode() + (columns.aliases().get(c.canonical()).size() > 1
                        ? " / " + columns.aliases().get(c.canonical()).get(1) : ""))
                .collect(Collectors.joining(", "));
    }

    private static boolean codeOrName(DimensionColumn c) {
        return !c.canonical().contains("_");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
