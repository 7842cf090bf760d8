package nl.metrokaart.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse written by release 0.1.0 (a test resource, schema V8) opened by this release:
 * whatever this release added is applied once, in one transaction, after a copy of the file;
 * a warehouse of a newer release is refused and left as it was.
 */
class WarehouseUpgradeTest {

    private static final String OLD_WAREHOUSE = "/upgrade/warehouse-0.1.0.duckdb.gz";
    private static final List<String> WITH_PENDING = List.of(Migrations.LOCATION, "classpath*:upgrade/pending/V*.sql");
    private static final List<String> WITH_FAILING = List.of(Migrations.LOCATION, "classpath*:upgrade/failing/V*.sql");

    @Test
    void anEarlierReleasesWarehouseOpensWithItsDataAndIsUpgradedOnce(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        oldWarehouse(workspace.warehouse());
        int oldVersion = (int) count(workspace.warehouse(), "SELECT max(version) FROM schema_version");
        long enrolments = count(workspace.warehouse(), "SELECT count(*) FROM enrolment");
        assertThat(oldVersion).isEqualTo(8);
        assertThat(enrolments).isPositive();

        Result first = workspace.cli("upgrade");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("The warehouse is at schema V" + Migrations.latestVersion());
        assertThat(workspace.cli("status").out()).contains("enrolments.csv");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(enrolments);
        assertThat(workspace.count("SELECT max(version) FROM schema_version")).isEqualTo(Migrations.latestVersion());
        assertThat(workspace.count("SELECT count(*) FROM schema_version")).isEqualTo(workspace.count("SELECT count(DISTINCT version) FROM schema_version"));
        // A copy only when this release has migrations the old one did not: none while both are at V8.
        if (Migrations.latestVersion() > oldVersion) {
            assertThat(backups(workspace.warehouse())).singleElement().asString().contains("before-upgrade-from-V" + oldVersion + ".");
            assertThat(first.err()).contains("Upgraded the warehouse").contains("from schema V" + oldVersion + " to V" + Migrations.latestVersion());
        } else {
            assertThat(backups(workspace.warehouse())).isEmpty();
            assertThat(first.err()).doesNotContain("Upgraded");
        }
        List<Path> backupsAfterFirst = backups(workspace.warehouse());

        Result second = workspace.cli("upgrade");

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.err()).doesNotContain("Upgraded");
        assertThat(backups(workspace.warehouse())).isEqualTo(backupsAfterFirst);
    }

    @Test
    void theCommandLineUpgradesAWarehouseThatMissesAMigrationAndSaysWhereTheCopyIs(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path file = workspace.warehouse();
        oldWarehouse(file);
        long enrolments = count(file, "SELECT count(*) FROM enrolment");
        // A warehouse of the release before V8 (V8 only creates tables if they are absent, so it can run again).
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM schema_version WHERE version = 8");
        }
        assertThat(Workspace.raw("--version", "--warehouse", file.toString()).out())
                .contains("schema V7 (" + file + "), older than this release's V" + Migrations.latestVersion());

        Result refused = workspace.cli("status");
        assertThat(refused.exitCode()).as("a reader never migrates").isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("./metrokaart upgrade");
        assertThat(backups(file)).isEmpty();

        Result result = workspace.cli("upgrade");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path copy = backups(file).get(0);
        assertThat(backups(file)).hasSize(1);
        assertThat(copy.getFileName().toString()).matches("metrokaart\\.duckdb\\.before-upgrade-from-V7\\.\\d{8}T\\d{6}Z");
        assertThat(result.err()).contains("Upgraded the warehouse " + file + " from schema V7 to V" + Migrations.latestVersion()
                + "; its copy from before the upgrade is " + copy + ".");
        assertThat(workspace.count("SELECT count(*) FROM schema_version WHERE version = 8")).isEqualTo(1);
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isEqualTo(enrolments);
        assertThat(count(copy, "SELECT max(version) FROM schema_version")).isEqualTo(7);
    }

    @Test
    void pendingMigrationsRunOnceAfterACopyOfTheWarehouseWasTaken(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.duckdb");
        oldWarehouse(file);
        long enrolments = count(file, "SELECT count(*) FROM enrolment");

        Migrations.Upgrade upgrade;
        try (HikariDataSource dataSource = duckdb(file)) {
            upgrade = new Migrations(dataSource, WITH_PENDING).upgrade(file);
        }

        assertThat(upgrade.from()).isEqualTo(8);
        assertThat(upgrade.to()).isEqualTo(900);
        assertThat(upgrade.applied()).endsWith(900);
        assertThat(upgrade.backup()).isEqualTo(backups(file).get(0));
        assertThat(backups(file)).singleElement().asString().contains("metrokaart.duckdb.before-upgrade-from-V8.");
        assertThat(count(file, "SELECT count(*) FROM upgrade_probe")).isEqualTo(1);
        assertThat(count(file, "SELECT count(*) FROM schema_version WHERE version = 900")).isEqualTo(1);
        // The copy is the warehouse as it was: openable, its data, its old schema version.
        assertThat(count(upgrade.backup(), "SELECT max(version) FROM schema_version")).isEqualTo(8);
        assertThat(count(upgrade.backup(), "SELECT count(*) FROM enrolment")).isEqualTo(enrolments);
        assertThat(count(upgrade.backup(), "SELECT count(*) FROM information_schema.tables WHERE table_name = 'upgrade_probe'")).isZero();

        Migrations.Upgrade again;
        try (HikariDataSource dataSource = duckdb(file)) {
            again = new Migrations(dataSource, WITH_PENDING).upgrade(file);
        }

        assertThat(again.applied()).isEmpty();
        assertThat(again.backup()).isNull();
        assertThat(backups(file)).hasSize(1);
        assertThat(count(file, "SELECT count(*) FROM upgrade_probe")).isEqualTo(1);
    }

    @Test
    void aFailingMigrationLeavesTheWarehouseAsItWasWithTheCopyKept(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.duckdb");
        oldWarehouse(file);

        try (HikariDataSource dataSource = duckdb(file)) {
            assertThatThrownBy(() -> new Migrations(dataSource, WITH_FAILING).upgrade(file))
                    .isInstanceOf(Migrations.UpgradeFailedException.class)
                    .hasMessageContaining("from schema V8 to V901 failed at V901 (broken)")
                    .hasMessageContaining("no_such_table")
                    .hasMessageContaining("the warehouse is still at V8")
                    .hasMessageContaining(".before-upgrade-from-V8.");
        }

        // V900 ran before V901 failed, in the same transaction: nothing of it is left.
        assertThat(count(file, "SELECT max(version) FROM schema_version")).isEqualTo(8);
        assertThat(count(file, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'upgrade_probe'")).isZero();
        assertThat(count(file, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'upgrade_probe_note'")).isZero();
        assertThat(backups(file)).hasSize(1);
    }

    @Test
    void aWarehouseOfANewerReleaseIsRefusedAndLeftUnchanged(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path file = workspace.warehouse();
        oldWarehouse(file);
        int latest = Migrations.latestVersion();
        // What a later release's open would have left: all of ours, and one more.
        try (HikariDataSource dataSource = duckdb(file)) {
            new Migrations(dataSource).apply();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (" + (latest + 1) + ", 'from the future', 'x', current_timestamp)");
            s.execute("CHECKPOINT");
        }
        byte[] before = Files.readAllBytes(file);

        Result result = workspace.cli("status");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err())
                .contains("was written by a newer release of Metrokaart Monitor")
                .contains("its schema is at V" + (latest + 1))
                .contains("knows schemas up to V" + latest)
                .contains("V" + (latest + 1) + " (from the future)")
                .contains("Install the newer release")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(backups(file)).isEmpty();

        Result version = Workspace.raw("--version", "--warehouse", file.toString());

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("schema V" + (latest + 1)).contains("written by a newer release").contains("install the newer release");
    }

    @Test
    void versionSaysTheSchemaOfAnOlderWarehouseAndNeverCreatesOne(@TempDir Path temp) throws Exception {
        Path absent = temp.resolve("none").resolve("metrokaart.duckdb");

        Result none = Workspace.raw("--version", "--warehouse", absent.toString());

        assertThat(none.exitCode()).as(none.toString()).isZero();
        assertThat(none.out()).startsWith("Metrokaart Monitor ")
                .contains("Java " + Runtime.version())
                .containsPattern("DuckDB v\\d+\\.\\d+")
                .contains("no warehouse at " + absent);
        assertThat(absent.getParent()).doesNotExist();

        Path old = temp.resolve("metrokaart.duckdb");
        oldWarehouse(old);
        Result existing = Workspace.raw("--version", "--warehouse", old.toString());

        assertThat(existing.out()).contains("Warehouse: schema V8 (" + old + ")");
        assertThat(backups(old)).isEmpty();
        assertThat(count(old, "SELECT max(version) FROM schema_version")).isEqualTo(8);
    }

    /** A copy of the 0.1.0 warehouse at {@code file}. */
    static void oldWarehouse(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (InputStream in = new GZIPInputStream(WarehouseUpgradeTest.class.getResourceAsStream(OLD_WAREHOUSE))) {
            Files.copy(in, file);
        }
    }

    private static List<Path> backups(Path warehouse) throws IOException {
        try (Stream<Path> files = Files.list(warehouse.getParent())) {
            List<Path> found = new ArrayList<>(files.filter(f -> f.getFileName().toString().contains(".before-upgrade-from-V")).sorted().toList());
            return found;
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HikariDataSource duckdb(Path file) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:duckdb:" + file);
        return dataSource;
    }
}
