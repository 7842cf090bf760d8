package nl.metrokaart.ingest.assessments;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The temp table a workbook's assessments are staged in, in the columns CsvStaging gives the
 * long CSV, filled through DuckDB's Appender (row-by-row inserts are orders of magnitude slower).
 * It uses the transaction's own connection, on which a statement has already run, so the rows
 * belong to the file's transaction (see STACK-NOTES on the Appender and lazy transactions).
 */
final class StagedAssessments implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final DuckDBAppender appender;
    private long rows;

    private StagedAssessments(DataSource dataSource, Connection connection, DuckDBAppender appender) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.appender = appender;
    }

    static StagedAssessments create(JdbcTemplate jdbc, DataSource dataSource, String table) {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE " + table + " (line BIGINT, participant_email VARCHAR, skill_code VARCHAR, "
                + "level VARCHAR, assessed_on VARCHAR, moment VARCHAR, source VARCHAR)");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new StagedAssessments(dataSource, connection,
                    connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", table));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("cannot stage assessments in " + table + ": " + e.getMessage(), e);
        }
    }

    void add(StagedAssessment a) {
        try {
            appender.beginRow().append(a.line());
            text(a.participantEmail());
            text(a.skillCode());
            text(a.level());
            text(a.assessedOn());
            text(a.moment());
            text(a.source());
            appender.endRow();
            rows++;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage an assessment: " + e.getMessage(), e);
        }
    }

    long rows() {
        return rows;
    }

    private void text(String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    /** Flushes the rows into the table (before the checks read it) and gives the connection back. */
    @Override
    public void close() {
        try {
            appender.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage assessments: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
