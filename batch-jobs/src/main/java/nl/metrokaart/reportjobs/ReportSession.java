package nl.metrokaart.reportjobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import nl.metrokaart.warehouse.Models;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One report's reading of the warehouse: all its queries on one connection. What it reads (the
 * report layer, the marts it shares) is materialised by the ingest's models step, so a report
 * selects and does not recompute.
 */
final class ReportSession {

    private ReportSession() {
    }

    /**
     * A reading of the report layer's figures of {@code months} on one connection: plain selections
     * from its tables. A month the tables do not hold (before the data, or after the month of the
     * last ingest) is computed on this connection from the same definitions
     * ({@link Models#shadowReportingFor}); nothing is written.
     */
    static <T> T readMonths(JdbcTemplate jdbc, List<YearMonth> months, Function<JdbcTemplate, T> reading) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            List<LocalDate> firstDays = months.stream().map(m -> m.atDay(1)).toList();
            StringBuilder in = new StringBuilder();
            for (LocalDate day : firstDays) {
                in.append(in.isEmpty() ? "" : ", ").append("DATE '").append(day).append('\'');
            }
            Integer held = session.queryForObject("SELECT count(*) FROM " + Models.MONTHS + " WHERE month IN (" + in + ")", Integer.class);
            if (held != null && held == firstDays.size()) {
                return reading.apply(session);
            }
            Models.shadowReportingFor(connection, firstDays);
            try {
                return reading.apply(session);
            } finally {
                Models.dropReportingShadows(connection);
            }
        });
    }

}
