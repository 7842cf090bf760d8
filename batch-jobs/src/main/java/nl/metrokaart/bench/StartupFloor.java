package nl.metrokaart.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The floor of {@code bench startup}: a bare JVM that opens the warehouse read-only with DuckDB
 * JDBC (the sandboxed properties every read-only command uses) and runs one query. No Spring,
 * no picocli, no logging: what any command costs at least.
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("lock_configuration", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], properties);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(args.length > 1 ? args[1] : "SELECT count(*) FROM run_occupancy")) {
            rs.next();
            System.out.println(rs.getObject(1));
        }
    }
}
