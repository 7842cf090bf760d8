package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

import nl.metrokaart.MetrokaartProperties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The warehouse: one DuckDB file holding the data, the marts and the Spring Batch job
 * repository, so that a step's rows and its bookkeeping commit in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfiguration {

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(MetrokaartProperties properties, WarehouseUpgrades upgrades) {
        MetrokaartProperties.Warehouse warehouse = properties.getWarehouse();
        Path file = warehouse.getPath().toAbsolutePath();
        WarehouseFile.checkWritable(file);
        createParentFolder(file);
        // Only a warehouse that was there before is copied ahead of an upgrade; a new one has nothing to keep.
        boolean existed = Files.isRegularFile(file);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:duckdb:" + file);
        config.setPoolName("warehouse");
        // Connections of one process share one DuckDB instance; a few are plenty.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.addDataSourceProperty("memory_limit", warehouse.getMemoryLimit());
        config.addDataSourceProperty("threads", String.valueOf(warehouse.getThreads()));
        // Extensions are never downloaded (closed network); keep DuckDB out of ~/.duckdb.
        config.addDataSourceProperty("extension_directory", file.getParent().resolve(".duckdb-extensions").toString());
        config.addDataSourceProperty("autoinstall_known_extensions", "false");
        config.addDataSourceProperty("autoload_known_extensions", "false");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw WarehouseBusyException.from(file, e).map(RuntimeException.class::cast)
                    .or(() -> WarehouseFile.explain(file, e)).orElseThrow(() -> e);
        }
        try {
            upgrades.record(file, new Migrations(dataSource).upgrade(existed ? file : null));
            if (existed) {
                new Models(dataSource).create();
            } else {
                new Models(dataSource).createOnNewWarehouse();
            }
        } catch (RuntimeException e) {
            // A refused or failed upgrade must not keep the file locked for the rest of this process.
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** What opening did to the schema, for the command line to tell. */
    @Bean
    public WarehouseUpgrades warehouseUpgrades() {
        return new WarehouseUpgrades();
    }

    /** Named so that Spring Batch's configuration finds it: job metadata shares the data's transactions. */
    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the warehouse folder " + file.getParent(), e);
        }
    }
}
