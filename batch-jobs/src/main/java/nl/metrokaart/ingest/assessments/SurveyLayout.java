package nl.metrokaart.ingest.assessments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.metrokaart.ingest.CsvColumns;

import org.apache.poi.ss.util.CellReference;

/**
 * What the header row of an assessments sheet says. Columns named like the CSV's (by the same
 * aliases) hold the e-mail, date, and per-row moment and source. The sheet is either long (a
 * skill_code and a level column, as the CSV) or wide: one column per skill, its header a skill
 * code from the catalogue, optionally with the moment and source of that column:
 * "SM-DATA", "sm-data exit", "SM-DATA (exit, coach)", "SM-DATA [nulmeting / zelf]".
 */
record SurveyLayout(int headerLine, Map<String, Integer> columns, List<SkillColumn> skills) {

    /** A wide sheet's column of one skill, with the moment and source its header states. */
    record SkillColumn(int index, String header, String skillCode, MomentAndSource stated) {
        String describe() {
            return "column " + CellReference.convertNumToColString(index) + " '" + header + "'";
        }
    }

    /** What every assessment needs from its row, in either shape. */
    static final List<String> REQUIRED = List.of("participant_email", "assessed_on");

    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    /** Looks like a skill code: letters, a hyphen, letters or digits ("SM-XYZ"). */
    private static final Pattern CODE_LIKE = Pattern.compile("([A-Za-z]+)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])");

    boolean isLong() {
        return skills.isEmpty();
    }

    /**
     * The layout when {@code cells} (column index -> text) is a header row: it names skill
     * columns, or skill_code and level columns. Empty otherwise (a title row, a blank row).
     *
     * @throws IllegalArgumentException when it is a header row that cannot be read unambiguously
     */
    static Optional<SurveyLayout> read(int line, SortedMap<Integer, String> cells, CsvColumns aliases, List<String> skillCodes) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; cells.size() > 0 && i <= cells.lastKey(); i++) {
            headers.add(cells.getOrDefault(i, ""));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        aliases.match(headers).forEach((canonical, header) -> columns.put(canonical, headers.indexOf(header)));
        boolean isLong = columns.containsKey("skill_code") && columns.containsKey("level");
        List<SkillColumn> skills = new ArrayList<>();
        if (!isLong) {
            Set<Integer> named = new HashSet<>(columns.values());
            cells.forEach((index, header) -> {
                if (!named.contains(index)) {
                    skillColumn(index, header, skillCodes).ifPresent(skills::add);
                }
            });
            if (skills.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new SurveyLayout(line, columns, List.copyOf(skills)));
    }

    /** Without an e-mail and a date no row could be loaded: say which header is missing, as for a CSV. */
    void checkComplete(SortedMap<Integer, String> cells) {
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            // A header that is an e-mail address (a sheet without a header row) is not repeated into the warehouse.
            String found = cells.values().stream().map(h -> h.contains("@") ? "(an e-mail address)" : h).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("row " + headerLine + ": the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + (missing.size() > 1 ? " are" : " is") + " missing (found: " + found + "). Rename the header, or add the name your tool"
                    + " uses as an alias in application.yml (metrokaart.ingest.aliases.assessments." + missing.get(0) + ").");
        }
    }

    /** Two columns that would give the same assessment in every row cannot both be right. */
    void checkDistinct(MomentAndSource general) {
        Map<String, SkillColumn> seen = new LinkedHashMap<>();
        for (SkillColumn column : skills) {
            MomentAndSource holds = column.stated().orElse(general);
            SkillColumn earlier = seen.putIfAbsent(column.skillCode().toUpperCase(Locale.ROOT) + " " + holds, column);
            if (earlier != null) {
                throw new IllegalArgumentException(earlier.describe() + " and " + column.describe() + " both hold " + column.skillCode()
                        + " (" + holds + "); name the moment or source in the headers, e.g. '" + column.skillCode() + " (exit, coach)'");
            }
        }
    }

    private static Optional<SkillColumn> skillColumn(int index, String header, List<String> skillCodes) {
        String text = header.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        // The longest code first, so that a code that begins another code does not take its columns.
        for (String code : skillCodes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            String c = code.toUpperCase(Locale.ROOT);
            if (upper.startsWith(c) && (upper.length() == c.length() || !Character.isLetterOrDigit(upper.charAt(c.length())))) {
                return Optional.of(new SkillColumn(index, text, code, stated(index, text, text.substring(code.length()))));
            }
        }
        // A header shaped like the catalogue's codes but not among them is a skill column all the same,
        // so that its answers are rejected as an unknown skill instead of vanishing with ignored columns.
        Set<String> prefixes = skillCodes.stream().map(s -> s.split("-", 2)[0].toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Matcher m = CODE_LIKE.matcher(text);
        if (m.lookingAt() && prefixes.contains(m.group(1).toUpperCase(Locale.ROOT))) {
            return Optional.of(new SkillColumn(index, text, m.group(), stated(index, text, text.substring(m.end()))));
        }
        return Optional.empty();
    }

    /**
     * The moment and source in the rest of a skill header. Brackets that name a moment or source
     * must name nothing else ("(exit, caoch)" is refused, not half read); other words, in brackets
     * or not, are taken for question text ("(schaal 1-5)") and passed over.
     */
    private static MomentAndSource stated(int index, String header, String rest) {
        String where = "column " + CellReference.convertNumToColString(index) + " '" + header + "'";
        Matcher bracketed = BRACKETED.matcher(rest);
        while (bracketed.find()) {
            List<String> words = AssessmentTerms.words(bracketed.group(1));
            if (words.stream().noneMatch(w -> AssessmentTerms.of(w).isPresent())) {
                continue;
            }
            for (String word : words) {
                if (AssessmentTerms.of(word).isEmpty()) {
                    throw new IllegalArgumentException(where + ": '" + word + "' is neither a moment (intake, tussentijds, exit) "
                            + "nor a source (self, coach, assessor)");
                }
            }
        }
        return MomentAndSource.named(AssessmentTerms.words(rest), where);
    }
}
