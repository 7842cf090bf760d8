package nl.metrokaart.ingest.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.metrokaart.ingest.catalogue.Catalogue.Certificate;
import nl.metrokaart.ingest.catalogue.Catalogue.Dimension;
import nl.metrokaart.ingest.catalogue.Catalogue.Leercultuurscan;
import nl.metrokaart.ingest.catalogue.Catalogue.Lijn;
import nl.metrokaart.ingest.catalogue.Catalogue.Module;
import nl.metrokaart.ingest.catalogue.Catalogue.Profile;
import nl.metrokaart.ingest.catalogue.Catalogue.Rules;
import nl.metrokaart.ingest.catalogue.Catalogue.Scale;
import nl.metrokaart.ingest.catalogue.Catalogue.Skill;
import nl.metrokaart.ingest.catalogue.Catalogue.Target;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads metrokaart.yaml, which pps staff edit by hand: unknown keys are ignored (the file may
 * grow), every error is collected with where it is, and the whole list is thrown at once.
 */
public final class CatalogueReader {

    private static final double MAX_MODULE_HOURS = 4.0;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final String fileName;
    private final List<String> errors = new ArrayList<>();

    private CatalogueReader(String fileName) {
        this.fileName = fileName;
    }

    public static Catalogue read(Path file, String fileName) {
        return new CatalogueReader(fileName).parse(file);
    }

    private Catalogue parse(Path file) {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (MarkedYAMLException e) {
            throw new CatalogueInvalidException(fileName, List.of("not valid YAML at line " + (e.getProblemMark().getLine() + 1)
                    + ", column " + (e.getProblemMark().getColumn() + 1) + ": " + e.getProblem()));
        } catch (YAMLException e) {
            throw new CatalogueInvalidException(fileName, List.of("not valid YAML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new CatalogueInvalidException(fileName, List.of("the file is not a catalogue (expected keys such as skills, modules, lijnen)"));
        }
        Scale scale = scale(root.get("scale"));
        Rules rules = rules(root.get("rules"));
        List<Skill> skills = skills(list(root, "skills"));
        Set<String> skillCodes = codes(skills.stream().map(Skill::code).toList(), "skill");
        List<Profile> profiles = profiles(list(root, "profiles"), skillCodes, scale);
        Set<String> profileCodes = codes(profiles.stream().map(Profile::code).toList(), "profile");
        List<Module> modules = modules(list(root, "modules"), skillCodes, scale);
        Set<String> moduleCodes = codes(modules.stream().map(Module::code).toList(), "module");
        List<Lijn> lijnen = lijnen(list(root, "lijnen"), profileCodes, moduleCodes);
        codes(lijnen.stream().map(Lijn::code).toList(), "lijn");
        List<Certificate> certificates = certificates(list(root, "certificates"), moduleCodes);
        List<String> followupTypes = root.get("followup_types") instanceof List<?> types
                ? types.stream().map(String::valueOf).toList()
                : List.of("opleiding", "cursus", "innovatieproject");
        Leercultuurscan leercultuurscan = leercultuurscan(root.get("leercultuurscan"), skillCodes);
        List<Target> targets = targets(root.containsKey("targets") ? list(root, "targets") : List.of());
        if (skills.isEmpty()) errors.add("skills: the catalogue lists no skills");
        if (modules.isEmpty()) errors.add("modules: the catalogue lists no nanomodules");
        if (lijnen.isEmpty()) errors.add("lijnen: the catalogue lists no lijnen");
        if (!errors.isEmpty()) {
            throw new CatalogueInvalidException(fileName, errors);
        }
        return new Catalogue(text(root.get("pps")), text(root.get("sector")), scale, rules, skills, profiles, modules, lijnen,
                certificates, followupTypes, leercultuurscan, targets);
    }

    /**
     * The optional targets block: per key figure a value for a calendar year ({@code year: 2026})
     * or for {@code from:}/{@code to:} dates. A share or rate lies between 0 and 1, no value is
     * negative, and the periods of one figure do not overlap (a report date finds one target).
     */
    private List<Target> targets(List<Map<?, ?>> nodes) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String key = required(n, "kpi", "targets[" + (i + 1) + "]");
            if (key == null || key.isBlank()) {
                continue;
            }
            java.util.Optional<TargetKpi> kpi = TargetKpi.of(key);
            String where = "target " + key;
            if (kpi.isEmpty()) {
                errors.add(where + ": unknown KPI (expected one of " + TargetKpi.names() + ")");
            }
            java.time.LocalDate from;
            java.time.LocalDate to;
            if (n.get("year") != null) {
                int year = integer(n.get("year"), 0, where + " year");
                where += " " + n.get("year");
                if (n.get("from") != null || n.get("to") != null) {
                    errors.add(where + ": give either year or from and to, not both");
                }
                if (year < 1900 || year > 2999) {
                    errors.add(where + ": year " + n.get("year") + " is not a calendar year like 2026");
                    continue;
                }
                from = java.time.LocalDate.of(year, 1, 1);
                to = java.time.LocalDate.of(year, 12, 31);
            } else {
                if (n.get("from") != null || n.get("to") != null) {
                    where += " " + text(n.get("from") instanceof java.util.Date d ? date(d, where) : n.get("from"))
                            + ".." + text(n.get("to") instanceof java.util.Date d ? date(d, where) : n.get("to"));
                }
                from = date(n.get("from"), where + " from");
                to = date(n.get("to"), where + " to");
                if (n.get("from") == null || n.get("to") == null) {
                    errors.add(where + ": needs a period: year (e.g. year: 2026) or from and to (e.g. from: 2026-01-01, to: 2026-06-30)");
                    continue;
                }
                if (from == null || to == null) {
                    continue;
                }
                if (from.isAfter(to)) {
                    errors.add(where + ": from " + from + " is after to " + to);
                    continue;
                }
            }
            if (n.get("value") == null) {
                errors.add(where + ": value is missing");
                continue;
            }
            double value = decimal(n.get("value"), Double.NaN, where + " value");
            if (Double.isNaN(value)) {
                continue;
            }
            if (value < 0) {
                errors.add(where + ": value " + fmt(value) + " must not be negative");
            } else if (kpi.isPresent() && kpi.get().measure() == TargetKpi.Measure.SHARE && value > 1) {
                errors.add(where + ": value " + fmt(value) + " is a share and must lie between 0 and 1 (e.g. 0.8 for 80%)");
            }
            if (kpi.isEmpty()) {
                continue;
            }
            for (Target other : targets) {
                if (other.kpi() == kpi.get() && !other.from().isAfter(to) && !from.isAfter(other.to())) {
                    errors.add(where + ": overlaps the target for " + other.from() + ".." + other.to()
                            + " (one target per KPI for any day)");
                }
            }
            targets.add(new Target(kpi.get(), from, to, value));
        }
        return targets;
    }

    /** A date as YAML gives it (an unquoted 2026-01-31 is a timestamp at midnight UTC) or as text. */
    private java.time.LocalDate date(Object value, String where) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return java.time.LocalDate.parse(String.valueOf(value).trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(where + ": " + value + " is not a date like 2026-01-31");
            return null;
        }
    }

    private Scale scale(Object node) {
        Map<?, ?> map = node instanceof Map<?, ?> m ? m : Map.of();
        int min = integer(map.get("min"), 1, "scale.min");
        int max = integer(map.get("max"), 5, "scale.max");
        if (min >= max) {
            errors.add("scale: min " + min + " must be below max " + max);
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        if (map.get("labels") instanceof Map<?, ?> l) {
            l.forEach((level, label) -> labels.put(integer(level, 0, "scale.labels"), text(label)));
        }
        return new Scale(min, max, labels);
    }

    /**
     * The optional leercultuurscan key: a scale of its own (default 1-5, labels optional, so that
     * survey tools exporting answer texts can be read) and dimensions with a code, a name and
     * optionally the survey questions that average into them. A question may belong to one
     * dimension only, and codes and names must not be taken twice (a header finds one dimension).
     */
    private Leercultuurscan leercultuurscan(Object node, Set<String> skillCodes) {
        if (node == null) {
            return Leercultuurscan.none();
        }
        if (!(node instanceof Map<?, ?> map)) {
            errors.add("leercultuurscan: expected keys scale and dimensions");
            return Leercultuurscan.none();
        }
        int before = errors.size();
        Scale parsed = scale(map.get("scale"));
        // the messages of scale() speak of the catalogue's scale: say which one
        for (int i = before; i < errors.size(); i++) {
            errors.set(i, "leercultuurscan." + errors.get(i));
        }
        Scale scale = parsed;
        scale.labels().keySet().forEach(score -> {
            if (score < scale.min() || score > scale.max()) {
                errors.add("leercultuurscan.scale.labels: " + score + " is outside the scale " + scale.min() + "-" + scale.max());
            }
        });
        List<Dimension> dimensions = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();  // a code, name or item (lower case) -> the dimension taking it
        List<Map<?, ?>> nodes = map.containsKey("dimensions") ? list(map, "dimensions") : List.of();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String code = required(n, "code", "leercultuurscan.dimensions[" + (i + 1) + "]");
            if (code == null || code.isBlank()) {
                continue;
            }
            String where = "leercultuurscan dimension " + code;
            if (skillCodes.contains(code)) {
                errors.add(where + ": the code is also a skill code; a survey column could not say which it is");
            }
            String name = text(n.get("name"));
            List<String> items = n.get("items") == null ? List.of() : strings(n.get("items"));
            if (n.get("items") != null && !(n.get("items") instanceof List<?>)) {
                errors.add(where + ": items must be a list of survey questions (column headers)");
            }
            List<String> names = new ArrayList<>(List.of(code));
            if (name != null && !name.isBlank()) names.add(name);
            names.addAll(items);
            for (String header : names) {
                String taken = headers.putIfAbsent(header.strip().toLowerCase(java.util.Locale.ROOT), code);
                if (taken != null && !taken.equals(code)) {
                    errors.add(where + ": '" + header + "' is already the code, name or an item of dimension " + taken);
                }
            }
            dimensions.add(new Dimension(code, name, items));
        }
        codes(dimensions.stream().map(Dimension::code).toList(), "leercultuurscan dimension");
        if (dimensions.isEmpty()) {
            errors.add("leercultuurscan: lists no dimensions (e.g. - {code: RUIMTE, name: Ruimte om te leren})");
        }
        return new Leercultuurscan(scale, dimensions);
    }

    private Rules rules(Object node) {
        Map<?, ?> map = node instanceof Map<?, ?> m ? m : Map.of();
        double share = decimal(map.get("completion_share"), 0.75, "rules.completion_share");
        if (share <= 0 || share > 1) {
            errors.add("rules.completion_share " + share + " must be above 0 and at most 1 (e.g. 0.75)");
        }
        int window = integer(map.get("conversion_window_months"), 12, "rules.conversion_window_months");
        if (window < 1) {
            errors.add("rules.conversion_window_months " + window + " must be at least 1");
        }
        List<String> ranking = map.get("assessment_source_ranking") == null ? List.of("assessor", "coach", "self")
                : strings(map.get("assessment_source_ranking"));
        for (String source : ranking) {
            if (!List.of("assessor", "coach", "self").contains(source)) {
                errors.add("rules.assessment_source_ranking: " + source + " is not a source (expected assessor, coach and self, strongest first)");
            }
        }
        return new Rules(share, window, integer(map.get("min_group_size"), 5, "rules.min_group_size"), ranking);
    }

    private List<Skill> skills(List<Map<?, ?>> nodes) {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String code = required(n, "code", "skills[" + (i + 1) + "]");
            skills.add(new Skill(code, text(n.get("name")), text(n.get("esco"))));
        }
        return skills;
    }

    private List<Profile> profiles(List<Map<?, ?>> nodes, Set<String> skills, Scale scale) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String code = required(n, "code", "profiles[" + (i + 1) + "]");
            String where = "profile " + code;
            profiles.add(new Profile(code, text(n.get("name")), levels(n.get("targets"), where + " targets", skills, scale)));
        }
        return profiles;
    }

    private List<Module> modules(List<Map<?, ?>> nodes, Set<String> skills, Scale scale) {
        List<Module> modules = new ArrayList<>();
        Set<String> badgeClasses = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String code = required(n, "code", "modules[" + (i + 1) + "]");
            String where = "module " + code;
            double hours = decimal(n.get("hours"), Double.NaN, where + " hours");
            if (n.get("hours") == null) {
                errors.add(where + ": hours is missing (a nanomodule takes at most " + (int) MAX_MODULE_HOURS + " hours)");
            } else if (hours > MAX_MODULE_HOURS) {
                errors.add(where + ": " + fmt(hours) + " hours is more than a nanomodule may take (at most " + (int) MAX_MODULE_HOURS + " hours)");
            } else if (hours <= 0) {
                errors.add(where + ": hours must be more than 0, not " + fmt(hours));
            }
            String badgeClass = text(n.get("badge_class"));
            if (badgeClass != null && !badgeClasses.add(badgeClass)) {
                errors.add(where + ": badge_class " + badgeClass + " is also the badge of another module");
            }
            modules.add(new Module(code, text(n.get("title")), hours, badgeClass, levels(n.get("skills"), where + " skills", skills, scale)));
        }
        return modules;
    }

    private List<Lijn> lijnen(List<Map<?, ?>> nodes, Set<String> profiles, Set<String> modules) {
        List<Lijn> lijnen = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String code = required(n, "code", "lijnen[" + (i + 1) + "]");
            String where = "lijn " + code;
            String profile = text(n.get("profile"));
            if (profile != null && !profiles.contains(profile)) {
                errors.add(where + ": profile " + profile + " is not among the profiles");
            }
            String colour = text(n.get("colour"));
            if (colour != null && !COLOUR.matcher(colour).matches()) {
                errors.add(where + ": colour " + colour + " is not a colour like \"#D7263D\"");
            }
            int min = integer(n.get("min_participants"), 8, where + " min_participants");
            int max = integer(n.get("max_participants"), 20, where + " max_participants");
            if (min < 1 || min > max) {
                errors.add(where + ": min_participants " + min + " and max_participants " + max + " do not make a band (1 <= min <= max)");
            }
            List<String> lijnModules = strings(n.get("modules"));
            for (String module : lijnModules) {
                if (!modules.contains(module)) {
                    errors.add(where + ": module " + module + " is not among the modules");
                }
            }
            if (lijnModules.isEmpty()) {
                errors.add(where + ": lists no modules");
            }
            lijnen.add(new Lijn(code, text(n.get("name")), colour, profile, min, max, lijnModules));
        }
        return lijnen;
    }

    private List<Certificate> certificates(List<Map<?, ?>> nodes, Set<String> modules) {
        List<Certificate> certificates = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> n = nodes.get(i);
            String code = required(n, "code", "certificates[" + (i + 1) + "]");
            List<String> requires = strings(n.get("requires"));
            for (String module : requires) {
                if (!modules.contains(module)) {
                    errors.add("certificate " + code + ": requires module " + module + ", which is not among the modules");
                }
            }
            if (requires.isEmpty()) {
                errors.add("certificate " + code + ": requires no modules");
            }
            certificates.add(new Certificate(code, text(n.get("name")), text(n.get("kind")), requires));
        }
        codes(certificates.stream().map(Certificate::code).toList(), "certificate");
        return certificates;
    }

    private Map<String, Integer> levels(Object node, String where, Set<String> skills, Scale scale) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((skill, level) -> {
                String code = String.valueOf(skill);
                int value = integer(level, scale.min(), where + " " + code);
                if (!skills.contains(code)) {
                    errors.add(where + ": skill " + code + " is not among the skills");
                }
                if (value < scale.min() || value > scale.max()) {
                    errors.add(where + ": level " + value + " for " + code + " is outside the scale " + scale.min() + "-" + scale.max());
                }
                levels.put(code, value);
            });
        } else if (node != null) {
            errors.add(where + ": expected skill codes with a level, like {SM-DATA: 3}");
        }
        return levels;
    }

    private Set<String> codes(List<String> codes, String what) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (code != null && !seen.add(code)) {
                errors.add(what + " code " + code + " appears more than once");
            }
        }
        return seen;
    }

    @SuppressWarnings("unchecked")
    private List<Map<?, ?>> list(Map<?, ?> root, String key) {
        Object node = root.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> items)) {
            errors.add(key + ": expected a list");
            return List.of();
        }
        List<Map<?, ?>> maps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m) {
                maps.add(m);
            } else {
                errors.add(key + "[" + (i + 1) + "]: expected an entry with keys (code, name, ...)");
            }
        }
        return maps;
    }

    private String required(Map<?, ?> node, String key, String where) {
        String value = text(node.get(key));
        if (value == null || value.isBlank()) {
            errors.add(where + ": " + key + " is missing");
        }
        return value;
    }

    private int integer(Object value, int fallback, String where) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            errors.add(where + ": " + value + " is not a whole number");
            return fallback;
        }
    }

    private double decimal(Object value, double fallback, String where) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(where + ": " + value + " is not a number");
            return fallback;
        }
    }

    private static List<String> strings(Object node) {
        return node instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).trim();
    }

    private static String fmt(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
