package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics models ({@code models/<layer>/<name>.sql}, dbt style: one view or table macro
 * per file), created afresh each time the warehouse opens. They hold no data, so replacing
 * them is always safe and keeps every KPI at the definition this build ships.
 */
public class Models {

    /** Layers in dependency order: marts read staging, staging reads the core tables. */
    private static final String[] LAYERS = {"staging", "marts"};

    private final JdbcTemplate jdbc;

    public Models(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void create() {
        for (String layer : LAYERS) {
            for (Resource model : models(layer)) {
                try {
                    jdbc.execute(model.getContentAsString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("model " + layer + "/" + model.getFilename() + " does not compile: " + e.getMessage(), e);
                }
            }
        }
    }

    private static Resource[] models(String layer) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:models/" + layer + "/*.sql");
            // Within a layer a file may use an earlier one: order by name (prefix a number where it matters).
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
