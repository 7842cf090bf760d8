package nl.metrokaart.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical columns of one CSV input kind and the other names tools give them.
 * Headers are compared case-, accent- and punctuation-insensitively ("E-mailadres" = "e_mailadres").
 */
public record CsvColumns(InputKind kind, List<String> required, List<String> optional, Map<String, List<String>> aliases) {

    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** Canonical column -> the header in the file that holds it (absent columns are left out). */
    public Map<String, String> match(List<String> headers) {
        Map<String, String> byNormalised = new LinkedHashMap<>();
        for (String header : headers) {
            byNormalised.putIfAbsent(normalise(header), header);
        }
        Map<String, String> matched = new LinkedHashMap<>();
        for (String column : all()) {
            List<String> names = new ArrayList<>();
            names.add(column);
            names.addAll(aliases.getOrDefault(column, List.of()));
            for (String name : names) {
                String header = byNormalised.get(normalise(name));
                if (header != null) {
                    matched.put(column, header);
                    break;
                }
            }
        }
        return matched;
    }

    /**
     * Headers that appear more than once (compared as in {@link #match}) and name a column this kind
     * reads: which of them holds the values is a guess, so such a file is refused. Other repeated
     * columns are not read and do not matter.
     */
    public List<String> duplicated(List<String> headers) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String header : headers) {
            seen.merge(normalise(header), 1, Integer::sum);
        }
        List<String> read = new ArrayList<>();
        for (String column : all()) {
            read.add(normalise(column));
            aliases.getOrDefault(column, List.of()).forEach(alias -> read.add(normalise(alias)));
        }
        List<String> twice = new ArrayList<>();
        for (String header : headers) {
            String name = normalise(header);
            if (seen.getOrDefault(name, 0) > 1 && read.contains(name) && twice.stream().noneMatch(t -> normalise(t).equals(name))) {
                twice.add("'" + header.strip() + "'");
            }
        }
        return twice;
    }

    static String normalise(String header) {
        String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
