package nl.metrokaart.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsTest {

    @Test
    void applyingTwiceChangesNothing(@TempDir Path temp) {
        try (HikariDataSource dataSource = duckdb(temp)) {
            new Migrations(dataSource).apply();
            new Migrations(dataSource).apply();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);

            assertThat(jdbc.queryForObject("SELECT count(*) FROM schema_version", Integer.class)).isEqualTo(Migrations.scripts().size());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE lower(table_name) IN ('enrolment', 'batch_job_execution')",
                    Integer.class)).isEqualTo(2);
        }
    }

    @Test
    void aScriptChangedAfterItWasAppliedIsRefused(@TempDir Path temp) {
        try (HikariDataSource dataSource = duckdb(temp)) {
            new Migrations(dataSource).apply();
            new JdbcTemplate(dataSource).update("UPDATE schema_version SET checksum = 'edited' WHERE version = 2");

            assertThatThrownBy(() -> new Migrations(dataSource).apply())
                    .hasMessageContaining("Migration V2").hasMessageContaining("was changed after it was applied");
        }
    }

    @Test
    void theModelsCompileOnAFreshWarehouse(@TempDir Path temp) {
        try (HikariDataSource dataSource = duckdb(temp)) {
            new Migrations(dataSource).apply();
            new Models(dataSource).create();

            assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM run_occupancy", Integer.class)).isZero();
        }
    }

    static HikariDataSource duckdb(Path folder) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:duckdb:" + folder.resolve("test.duckdb"));
        return dataSource;
    }
}
