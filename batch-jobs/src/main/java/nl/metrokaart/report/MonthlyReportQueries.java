package nl.metrokaart.report;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.RunOccupancy;
import nl.metrokaart.reports.SourceFreshness;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the marts into the monthly report model; every number comes from a mart, none is recomputed here. */
@Component
public class MonthlyReportQueries {

    private final JdbcTemplate jdbc;

    public MonthlyReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public MonthlyReport monthly(YearMonth month) {
        List<RunOccupancy> runs = jdbc.query(SqlScript.load("nl/metrokaart/report/monthly-runs.sql").sql(),
                (rs, i) -> new RunOccupancy(
                        rs.getString("run_code"), rs.getString("lijn_code"), rs.getString("lijn_name"), rs.getString("lijn_colour"),
                        rs.getDate("first_session").toLocalDate(), rs.getDate("last_session").toLocalDate(),
                        rs.getInt("participants"), rs.getInt("min_participants"), rs.getInt("max_participants"),
                        rs.getDouble("occupancy_rate"), BandStatus.of(rs.getString("band_status"))),
                Date.valueOf(month.atEndOfMonth()), Date.valueOf(month.atDay(1)));
        return new MonthlyReport(pps(), month, runs, sources());
    }

    public List<SourceFreshness> sources() {
        return jdbc.query("SELECT source, data_up_to, row_count FROM source_freshness",
                (rs, i) -> new SourceFreshness(rs.getString(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getLong(3)));
    }

    private String pps() {
        List<String> names = jdbc.queryForList("SELECT pps FROM catalogue", String.class);
        return names.isEmpty() || names.get(0) == null ? "" : names.get(0);
    }
}
