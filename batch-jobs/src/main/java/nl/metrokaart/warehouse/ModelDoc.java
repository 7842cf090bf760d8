package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The documentation block every model opens with, in one format, and the catalogue an analyst
 * reads ({@code docs/models.md}) generated from them:
 *
 * <pre>
 * -- name(parameters): what the model holds, in as many lines as it takes
 * -- grain: one row per ...
 * -- key: column, column
 * -- columns:
 * --   column_name   its meaning
 * --                 (a longer meaning goes on, indented further)
 * -- materialized: table (optional: kept as a table, see Models)
 * </pre>
 */
public record ModelDoc(String layer, String name, String signature, String description, String grain, String key,
                       Map<String, String> columns, boolean materialised) {

    public static final String[] LAYERS = {"staging", "marts", "reporting"};
    private static final Pattern FIRST = Pattern.compile("^--\\s*(\\w+)(\\([^)]*\\))?:\\s*(.*)$");
    private static final Pattern COLUMN = Pattern.compile("^--\\s{2,}(\\w+)\\s{2,}(.*)$");

    /** Every model of every layer, in layer order and by name. */
    public static List<ModelDoc> all() {
        List<ModelDoc> docs = new ArrayList<>();
        for (String layer : LAYERS) {
            try {
                Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:models/" + layer + "/*.sql");
                Arrays.sort(found, Comparator.comparing(Resource::getFilename));
                for (Resource resource : found) {
                    docs.add(parse(layer, resource.getFilename().replaceFirst("\\.sql$", ""),
                            resource.getContentAsString(StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** Reads a model's documentation block; says what is missing when it does not follow the format. */
    public static ModelDoc parse(String layer, String name, String sql) {
        List<String> header = new ArrayList<>();
        for (String line : sql.split("\\R")) {
            if (!line.startsWith("--")) {
                break;
            }
            header.add(line);
        }
        String where = "models/" + layer + "/" + name + ".sql";
        if (header.isEmpty()) {
            throw new IllegalArgumentException(where + ": no documentation block (it opens with '-- " + name + ": ...')");
        }
        Matcher first = FIRST.matcher(header.get(0));
        if (!first.matches() || !first.group(1).equals(name)) {
            throw new IllegalArgumentException(where + " line 1: expected '-- " + name + ": what it holds', found '" + header.get(0) + "'");
        }
        StringBuilder description = new StringBuilder(first.group(3));
        String grain = null;
        String key = null;
        Map<String, String> columns = new LinkedHashMap<>();
        boolean materialised = false;
        String section = "description";
        String lastColumn = null;
        for (int i = 1; i < header.size(); i++) {
            String line = header.get(i);
            String text = line.replaceFirst("^--\\s?", "");
            if (text.startsWith("grain:")) {
                grain = text.substring(6).trim();
                section = "grain";
            } else if (text.startsWith("key:")) {
                key = text.substring(4).trim();
                section = "key";
            } else if (text.startsWith("columns:")) {
                section = "columns";
            } else if (text.matches("materiali[sz]ed:.*")) {
                materialised = true;
                section = "end";
            } else if (section.equals("columns")) {
                Matcher column = COLUMN.matcher(line);
                if (column.matches() && !line.matches("^--\\s{6,}.*")) {
                    lastColumn = column.group(1);
                    columns.put(lastColumn, column.group(2).trim());
                } else if (lastColumn != null && !text.isBlank()) {
                    columns.put(lastColumn, columns.get(lastColumn) + " " + text.trim());
                } else if (!text.isBlank()) {
                    throw new IllegalArgumentException(where + " line " + (i + 1) + ": expected '--   column   meaning', found '" + line + "'");
                }
            } else if (section.equals("description")) {
                description.append(' ').append(text.trim());
            } else if (section.equals("grain") && !text.isBlank()) {
                grain += " " + text.trim();
            }
        }
        if (grain == null || key == null || columns.isEmpty()) {
            throw new IllegalArgumentException(where + ": the documentation block needs '-- grain:', '-- key:' and '-- columns:' with "
                    + "one '--   column   meaning' line per column");
        }
        return new ModelDoc(layer, name, first.group(2) == null ? "" : first.group(2), description.toString().trim(), grain, key,
                columns, materialised);
    }

    /** docs/models.md: every model's grain, key and columns, by layer. */
    public static String catalogue(List<ModelDoc> docs) {
        StringBuilder md = new StringBuilder();
        md.append("# The models: what every table and view of the warehouse holds\n\n");
        md.append("Generated from the documentation block at the top of every file under `batch-jobs/src/main/resources/models/`\n");
        md.append("(do not edit by hand: `ModelCatalogueTest` fails when this file is stale and says how to regenerate it).\n");
        md.append("Layers: **staging** reads the loaded tables, **marts** define the KPIs (DOMAIN section 4), **reporting**\n");
        md.append("holds what a workbook shows, computed per month of `rpt_month`. A model marked *table* is materialised by\n");
        md.append("the ingest's models step (recomputed only when the data or the definitions changed); a name with\n");
        md.append("parameters is a table macro: `SELECT * FROM conversion(DATE '2026-06-30', 12)`.\n");
        String layer = null;
        for (ModelDoc doc : docs) {
            if (!doc.layer.equals(layer)) {
                layer = doc.layer;
                md.append("\n## ").append(layer).append("\n");
            }
            md.append("\n### ").append(doc.name).append(doc.signature).append(doc.materialised ? " (table)" : "").append("\n\n");
            md.append(doc.description).append("\n\n");
            md.append("- **Grain:** ").append(doc.grain).append("\n");
            md.append("- **Key:** ").append(doc.key).append("\n\n");
            md.append("| column | meaning |\n|---|---|\n");
            doc.columns.forEach((column, meaning) -> md.append("| `").append(column).append("` | ")
                    .append(meaning.replace("|", "\\|")).append(" |\n"));
        }
        return md.toString();
    }
}
