package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The analytics models ({@code models/<layer>/<name>.sql}, dbt style: one view or table macro
 * per file), created when the warehouse opens with definitions other than those it holds, so
 * every KPI is at the definition this build ships.
 *
 * <p>A view whose header says {@code -- materialized: table} is kept as a table instead: the
 * few models that many marts share or that are costly at a million rows (a view is recomputed
 * by every query that reads it). Such a table is derived data: it is recomputed whenever the
 * data or the model definitions changed since it was made (recorded in {@code model_state}),
 * so it never answers with older numbers than a view would: at the end of every ingest
 * ({@link #refresh()}), on opening a warehouse whose data changed otherwise, and, in a read-only
 * session that finds it stale, shadowed by a temporary view of its definition (with every other
 * model of this build as a temporary view or macro, in case the last writer had other ones).
 * When only the data changed, only the tables are recomputed: the views and macros stay as the
 * same definitions made them (the fingerprint keeps definitions and data apart).
 */
public class Models {

    /**
     * Layers in dependency order: staging reads the core tables, marts read staging, and the report
     * layer (reporting: what a workbook shows, per month of rpt_month) reads the marts.
     */
    private static final String[] LAYERS = {"staging", "marts", "reporting"};
    /** The report layer's calendar: the months its tables hold figures for. */
    public static final String MONTHS = "rpt_month";
    private static final Pattern MATERIALISED = Pattern.compile("(?m)^--\\s*materiali[sz]ed:\\s*table\\b");
    private static final Pattern VIEW = Pattern.compile("(?is)^(.*?)CREATE\\s+OR\\s+REPLACE\\s+VIEW\\s+(\\w+)\\s+AS\\b(.*)$");

    private static final Pattern PLAIN = Pattern.compile("(?i)CREATE\\s+OR\\s+REPLACE\\s+(VIEW|MACRO)\\b");

    private static final Map<String, List<Model>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public Models(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Creates every model; materialised ones are recomputed only when stale. In one transaction:
     * a model statement per commit made opening a new warehouse several times slower, and a
     * failure leaves the models as they were.
     */
    public void create() {
        inOneTransaction(false);
    }

    /**
     * On a warehouse just made (no data yet): every model as the view its file defines, the
     * materialised ones too, so that nothing is computed over empty tables only to be computed again
     * by the first ingest's models step (which makes them tables, as any later opening would).
     */
    public void createOnNewWarehouse() {
        inOneTransaction(true);
    }

    private void inOneTransaction(boolean asViews) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Models models = new Models(new SingleConnectionDataSource(connection, true));
                if (asViews) {
                    models.createViews();
                } else {
                    models.build(false);
                }
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the models: " + e.getMessage(), e);
        }
    }

    /** Recomputes the materialised models now, whatever the fingerprint says (after rows were rewritten in place). */
    public void refresh() {
        build(true);
    }

    /**
     * The ingest's models step: recomputes the materialised models only when the data or the model
     * definitions changed since they were computed (the fingerprint in {@code model_state}); an
     * ingest that loaded nothing new leaves them as they are.
     *
     * @return whether they were recomputed
     */
    public boolean refreshIfChanged() {
        return build(false);
    }

    /**
     * In a read-only session: when the materialised models are older than the data (an ingest
     * that failed before its last step), temporary views of their definitions stand in for them.
     */
    public static void shadowStale(Connection connection) {
        JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        Models models = new Models(session.getDataSource());
        if (models.fingerprint().equals(models.storedFingerprint()) && models.materialisedTablesExist()) {
            return;
        }
        for (String layer : LAYERS) {
            List<String> temporaryViews = new ArrayList<>();
            for (Model model : models(layer)) {
                if (model.materialised()) {
                    temporaryViews.add(model.prefix + "CREATE OR REPLACE TEMP VIEW " + model.name + " AS" + model.query);
                } else {
                    // A view or macro of this build may differ from the one the last writer stored.
                    temporaryViews.add(PLAIN.matcher(model.sql).replaceFirst("CREATE OR REPLACE TEMP $1"));
                }
            }
            models.executeInDependencyOrder(layer, temporaryViews);
        }
    }

    /**
     * For a report on months the report layer's tables do not hold (before the data, or after the
     * last ingest's month): on this connection a temporary {@code rpt_month} of just those months
     * and temporary views of the report layer's definitions stand in for its tables, so the report
     * computes those months' figures from the same definitions (slower, never different).
     */
    public static void shadowReportingFor(Connection connection, List<java.time.LocalDate> months) {
        JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        StringBuilder values = new StringBuilder();
        for (java.time.LocalDate month : months) {
            values.append(values.isEmpty() ? "" : ", ").append("(DATE '").append(month.withDayOfMonth(1)).append("')");
        }
        session.execute("CREATE OR REPLACE TEMP TABLE " + MONTHS + " AS SELECT month, CAST(last_day(month) AS DATE) AS month_end, "
                + "CAST(date_trunc('year', month) AS DATE) AS year_start, CAST(month - INTERVAL 1 MONTH AS DATE) AS previous_month "
                + "FROM (VALUES " + values + ") v(month)");
        Models models = new Models(session.getDataSource());
        List<String> temporaryViews = new ArrayList<>();
        for (Model model : models("reporting")) {
            if (model.materialised() && !model.name.equals(MONTHS)) {
                temporaryViews.add(model.prefix + "CREATE OR REPLACE TEMP VIEW " + model.name + " AS" + model.query);
            }
        }
        models.executeInDependencyOrder("reporting", temporaryViews);
    }

    /** Drops what {@link #shadowReportingFor} made on this connection. */
    public static void dropReportingShadows(Connection connection) {
        JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        for (Model model : models("reporting")) {
            if (model.materialised()) {
                session.execute((model.name.equals(MONTHS) ? "DROP TABLE IF EXISTS temp.main." : "DROP VIEW IF EXISTS temp.main.") + model.name);
            }
        }
    }

    /** The names of every model of a layer that is kept as a table. */
    public static List<String> materialisedModels(String layer) {
        return models(layer).stream().filter(Model::materialised).map(Model::name).toList();
    }

    private boolean build(boolean force) {
        String definitions = definitionsFingerprint();
        String data = dataFingerprint();
        String[] stored = storedFingerprint().split(":", 2);
        boolean tablesExist = materialisedTablesExist();
        // The views and macros were created from exactly these definitions over this schema: only
        // the tables need computing (the ingest's models step after a first load, an erasure).
        boolean definitionsStored = stored.length == 2 && stored[0].equals(definitions);
        if (!force && definitionsStored && stored[1].equals(data) && tablesExist) {
            // The last build stored exactly these views and macros, over the same data. Nothing to
            // write (a report or run starts sooner).
            return false;
        }
        jdbc.execute("CREATE TABLE IF NOT EXISTS model_state (fingerprint VARCHAR NOT NULL)");
        java.util.Set<String> views = views();
        for (String layer : LAYERS) {
            List<String> statements = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            for (Model model : models(layer)) {
                if (!model.materialised()) {
                    statements.add(model.sql);
                } else {
                    // Dropped first: a table of this layer read by another one must not be read
                    // in its old state before it is recomputed (the order below takes care of it).
                    if (views.contains(model.name)) {
                        jdbc.execute("DROP VIEW main." + model.name);
                    }
                    jdbc.execute("DROP TABLE IF EXISTS main." + model.name);
                    String table = model.prefix + "CREATE OR REPLACE TABLE " + model.name + " AS" + model.query;
                    statements.add(table);
                    tables.add(table);
                }
            }
            // Ordered over every model of the layer, so that a table read through a view comes after
            // the table that view reads, even when only the tables are executed.
            List<String> ordered = byReferences(statements);
            executeInDependencyOrder(layer, definitionsStored ? ordered.stream().filter(tables::contains).toList() : ordered);
        }
        // Building changes neither part: the materialised tables and model_state are left out of both.
        jdbc.execute("DELETE FROM model_state");
        jdbc.update("INSERT INTO model_state VALUES (?)", definitions + ":" + data);
        return true;
    }

    /** Every model as its file defines it (materialised ones as views); stores the fingerprint. */
    private void createViews() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS model_state (fingerprint VARCHAR NOT NULL)");
        for (String layer : LAYERS) {
            executeInDependencyOrder(layer, models(layer).stream().map(Model::sql).toList());
        }
        jdbc.execute("DELETE FROM model_state");
        jdbc.update("INSERT INTO model_state VALUES (?)", fingerprint());
    }

    /** The stored fingerprint as {@link #build} writes it, for a reader to compare. */
    private String fingerprint() {
        return definitionsFingerprint() + ":" + dataFingerprint();
    }

    /**
     * What the views and macros were created from: this build's model definitions and the schema
     * of the tables they read (a migration that changes a column must recreate them).
     */
    private String definitionsFingerprint() {
        StringBuilder text = new StringBuilder();
        for (String layer : LAYERS) {
            for (Model model : models(layer)) {
                text.append(model.sql);
            }
        }
        List<String> materialised = materialisedNames();
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM duckdb_columns()
                WHERE database_name = current_database() AND schema_name = 'main'
                  AND table_name <> 'model_state' AND table_name IN (SELECT table_name FROM duckdb_tables()
                                     WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary)
                ORDER BY table_name, column_index""")) {
            if (!materialised.contains(String.valueOf(row.get("table_name")))) {
                text.append('\n').append(row.get("table_name")).append('.').append(row.get("column_name")).append(' ').append(row.get("data_type"));
            }
        }
        return sha256(text.toString());
    }

    /**
     * What the materialised models were computed from: the state of the data tables (the ingest
     * ledger's last file and each table's row count).
     */
    private String dataFingerprint() {
        StringBuilder text = new StringBuilder();
        List<String> materialised = materialisedNames();
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT table_name, estimated_size FROM duckdb_tables()
                WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
                  AND lower(table_name) NOT LIKE 'batch_%' AND table_name NOT IN ('model_state', 'schema_version', 'backup_log')
                ORDER BY table_name""")) {
            if (!materialised.contains(String.valueOf(row.get("table_name")))) {
                text.append('\n').append(row.get("table_name")).append('=').append(row.get("estimated_size"));
            }
        }
        text.append('\n').append(jdbc.queryForObject(
                "SELECT count(*) || '@' || coalesce(CAST(max(ingested_at) AS VARCHAR), '') FROM ingested_file", String.class));
        return sha256(text.toString());
    }

    private String storedFingerprint() {
        // Asked, not tried: inside a transaction a failed query would abort it.
        Integer tables = jdbc.queryForObject("""
                SELECT count(*) FROM duckdb_tables()
                WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'model_state'""", Integer.class);
        if (tables == null || tables == 0) {
            return ""; // a new warehouse, or one from before materialised models
        }
        return jdbc.queryForList("SELECT fingerprint FROM model_state", String.class).stream().findFirst().orElse("");
    }

    private boolean materialisedTablesExist() {
        List<String> names = materialisedNames();
        // The names are the model files' own (\\w+, checked by CREATES), so they can stand in the SQL.
        Integer tables = jdbc.queryForObject("""
                SELECT count(*) FROM duckdb_tables()
                WHERE database_name = current_database() AND schema_name = 'main' AND table_name IN ('%s')"""
                .formatted(String.join("', '", names)), Integer.class);
        return tables != null && tables == names.size();
    }

    /** The views of the main schema (a materialised model may be a view from an older release). */
    private java.util.Set<String> views() {
        return new java.util.HashSet<>(jdbc.queryForList("""
                SELECT view_name FROM duckdb_views()
                WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal""", String.class));
    }

    /** The models kept as tables (derived data, recomputed by {@link #refresh()}). */
    public static List<String> materialisedNames() {
        List<String> names = new ArrayList<>();
        for (String layer : LAYERS) {
            for (Model model : models(layer)) {
                if (model.materialised()) {
                    names.add(model.name);
                }
            }
        }
        return names;
    }

    /**
     * Models of a layer may read each other: a model whose inputs do not exist yet is tried
     * again after the others, until a round makes no progress (then its error is real).
     */
    private void executeInDependencyOrder(String layer, List<String> pending) {
        pending = byReferences(pending);
        while (!pending.isEmpty()) {
            List<String> failed = new ArrayList<>();
            RuntimeException lastError = null;
            for (String statement : pending) {
                try {
                    jdbc.execute(statement);
                } catch (RuntimeException e) {
                    failed.add(statement);
                    lastError = e;
                }
            }
            if (failed.size() == pending.size()) {
                throw new IllegalStateException("a model of " + layer + " does not compile: " + lastError.getMessage(), lastError);
            }
            pending = failed;
        }
    }

    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final Pattern CREATES = Pattern.compile("(?i)CREATE\\s+OR\\s+REPLACE\\s+(?:TEMP\\s+)?(?:VIEW|TABLE|MACRO)\\s+(\\w+)");

    /**
     * The statements ordered so that a model comes after the models of the same list whose names it
     * mentions: inside the step's transaction a failed statement must not be what finds the order
     * (after an error DuckDB no longer sees what the transaction created), and a table must never be
     * computed from another one's old contents.
     */
    private static List<String> byReferences(List<String> statements) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (String statement : statements) {
            Matcher created = CREATES.matcher(statement);
            if (created.find()) {
                byName.put(created.group(1).toLowerCase(), statement);
            } else {
                unnamed.add(statement);
            }
        }
        // The names of the list each statement mentions (its words, comments left out), found once.
        Map<String, java.util.Set<String>> mentions = new java.util.HashMap<>();
        byName.forEach((name, statement) -> {
            java.util.Set<String> words = new java.util.HashSet<>();
            Matcher word = WORD.matcher(statement.toLowerCase().replaceAll("(?m)--.*$", ""));
            while (word.find()) {
                words.add(word.group());
            }
            words.retainAll(byName.keySet());
            words.remove(name);
            mentions.put(name, words);
        });
        List<String> ordered = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        while (placed.size() < byName.size()) {
            boolean progress = false;
            for (Map.Entry<String, String> entry : byName.entrySet()) {
                if (placed.contains(entry.getKey())) {
                    continue;
                }
                boolean ready = placed.containsAll(mentions.get(entry.getKey()));
                if (ready) {
                    ordered.add(entry.getValue());
                    placed.add(entry.getKey());
                    progress = true;
                }
            }
            if (!progress) { // a cycle of mentions: leave the rest to the retries
                byName.forEach((name, statement) -> {
                    if (!placed.contains(name)) {
                        ordered.add(statement);
                    }
                });
                break;
            }
        }
        ordered.addAll(unnamed);
        return ordered;
    }

    /** The model files of a layer, by name; read once per process (they are part of the build). */
    private static List<Model> models(String layer) {
        return LOADED.computeIfAbsent(layer, l -> {
            try {
                // classpath: (this jar), not classpath*: (which opens every library on every start)
                Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:models/" + l + "/*.sql");
                Arrays.sort(found, Comparator.comparing(Resource::getFilename));
                return Arrays.stream(found).map(Model::of).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One model file; for a materialised one, its view statement split around the view's name. */
    private record Model(String sql, String name, String prefix, String query) {

        static Model of(Resource resource) {
            String sql;
            try {
                sql = resource.getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!MATERIALISED.matcher(sql).find()) {
                return new Model(sql, null, null, null);
            }
            Matcher view = VIEW.matcher(sql);
            if (!view.matches()) {
                throw new IllegalStateException("model " + resource.getFilename() + " is marked materialized but is no CREATE OR REPLACE VIEW");
            }
            return new Model(sql, view.group(2), view.group(1), view.group(3));
        }

        boolean materialised() {
            return name != null;
        }
    }
}
