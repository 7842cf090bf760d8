package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.LeercultuurScore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the leercultuurscan marts into the reports' model: for the board and funder reports every
 * company (with k and the conversion window of the report), for an opleidingsplan one company.
 * Empty when the catalogue configures no scan, so that no report shows an empty sheet for it.
 */
@Component
public class LeercultuurQueries {

    private final JdbcTemplate jdbc;
    private final MetrokaartProperties properties;

    public LeercultuurQueries(JdbcTemplate jdbc, MetrokaartProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Every company's latest scan on or before {@code d}, the distribution and score band against conversion. */
    public Leercultuur at(LocalDate d, int minGroupSize, int windowMonths) {
        List<Leercultuur.Dimension> dimensions = dimensions();
        if (dimensions.isEmpty()) {
            return Leercultuur.none();
        }
        List<Leercultuur.Distribution> distribution = jdbc.query("SELECT * FROM leercultuur_distribution(?, ?)", (rs, i) ->
                new Leercultuur.Distribution(rs.getString("dimension_code"), rs.getLong("companies"), nullable(rs, "mean_score"),
                        nullable(rs, "min_score"), nullable(rs, "q1_score"), nullable(rs, "median_score"), nullable(rs, "q3_score"),
                        nullable(rs, "max_score"), rs.getLong("band_laag"), rs.getLong("band_midden"), rs.getLong("band_hoog")),
                Date.valueOf(d), minGroupSize);
        List<Leercultuur.BandConversion> conversion = jdbc.query("SELECT * FROM leercultuur_conversion(?, ?, ?)", (rs, i) ->
                new Leercultuur.BandConversion(rs.getString("score_band"), rs.getLong("companies"), rs.getLong("cohort_companies"),
                        rs.getLong("converted"), nullable(rs, "conversion_rate"), rs.getBoolean("window_open")),
                Date.valueOf(d), windowMonths, minGroupSize);
        return of(dimensions, scores(d, null), distribution, conversion);
    }

    /** One company's latest scan on or before {@code d}, for its opleidingsplan. */
    public Leercultuur ofCompany(String kvk, LocalDate d) {
        List<Leercultuur.Dimension> dimensions = dimensions();
        return dimensions.isEmpty() ? Leercultuur.none() : of(dimensions, scores(d, kvk), List.of(), List.of());
    }

    /** k of the privacy rule, as the reports take it (the larger of the catalogue's and the configured one). */
    public int minGroupSize() {
        return MonthlyReportQueries.rules(jdbc, properties).minGroupSize();
    }

    private Leercultuur of(List<Leercultuur.Dimension> dimensions, List<LeercultuurScore> scores, List<Leercultuur.Distribution> distribution,
                           List<Leercultuur.BandConversion> conversion) {
        int[] scale = jdbc.queryForObject("SELECT scale_min, scale_max FROM leercultuur_scale", (rs, i) -> new int[]{rs.getInt(1), rs.getInt(2)});
        return new Leercultuur(scale[0], scale[1], dimensions, scores, distribution, conversion);
    }

    private List<Leercultuur.Dimension> dimensions() {
        return jdbc.query("SELECT dimension_code, name FROM leercultuur_dimension ORDER BY position",
                (rs, i) -> new Leercultuur.Dimension(rs.getString(1), rs.getString(2)));
    }

    private List<LeercultuurScore> scores(LocalDate d, String kvk) {
        return jdbc.query(MonthlyReportQueries.sql("leercultuur-scores"), (rs, i) -> new LeercultuurScore(
                        rs.getString("company_kvk"), rs.getString("company_name"), rs.getString("scan_id"), MonthlyReportQueries.date(rs, "scan_date"),
                        rs.getLong("scan_respondents"), rs.getString("dimension_code"), rs.getLong("respondents"), nullable(rs, "score"),
                        rs.getString("previous_scan_id"), MonthlyReportQueries.date(rs, "previous_scan_date"),
                        MonthlyReportQueries.nullableLong(rs, "previous_respondents"), nullable(rs, "previous_score")),
                Date.valueOf(d), kvk, kvk);
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        return MonthlyReportQueries.nullable(rs, column);
    }
}
