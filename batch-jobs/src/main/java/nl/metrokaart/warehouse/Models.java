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
            createInDependencyOrder(layer, new java.util.ArrayList<>(java.util.List.of(models(layer))));
        }
    }

    /**
     * Models of a layer may read each other: a model whose inputs do not exist yet is tried
     * again after the others, until a round makes no progress (then its error is real).
     */
    private void createInDependencyOrder(String layer, java.util.List<Resource> pending) {
        while (!pending.isEmpty()) {
            java.util.List<Resource> failed = new java.util.ArrayList<>();
            RuntimeException lastError = null;
            for (Resource model : pending) {
                try {
                    jdbc.execute(model.getContentAsString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    failed.add(model);
                    lastError = e;
                }
            }
            if (failed.size() == pending.size()) {
                throw new IllegalStateException("model " + layer + "/" + failed.get(0).getFilename() + " does not compile: "
                        + lastError.getMessage(), lastError);
            }
            pending = failed;
        }
    }

    private static Resource[] models(String layer) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:models/" + layer + "/*.sql");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
