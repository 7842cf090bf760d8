package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SQL file from the classpath with {@code {{name}}} placeholders, so that SQL stays in .sql
 * files and Java only fills in table names and generated expressions. Values are inserted
 * verbatim: pass identifiers and expressions this code made, never user text.
 */
public final class SqlScript {

    private final String name;
    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();

    private SqlScript(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static SqlScript load(String classpathResource) {
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("SQL script not on the classpath: " + classpathResource);
            }
            return new SqlScript(classpathResource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SqlScript with(String placeholder, String value) {
        values.put(placeholder, value);
        return this;
    }

    public String sql() {
        String sql = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        if (sql.contains("{{")) {
            throw new IllegalStateException(name + " has a placeholder that was not filled: " + sql.substring(sql.indexOf("{{"), sql.indexOf("{{") + 30));
        }
        return sql;
    }

    /** Runs every statement of the script (DuckDB takes several in one call). */
    public void execute(JdbcTemplate jdbc) {
        jdbc.execute(sql());
    }
}
