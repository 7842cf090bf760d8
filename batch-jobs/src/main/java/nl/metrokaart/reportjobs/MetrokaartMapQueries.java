package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the catalogue and the marts module_attendance and run_occupancy into the metrokaart picture's model. */
@Component
public class MetrokaartMapQueries {

    private final JdbcTemplate jdbc;

    public MetrokaartMapQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The metrokaart for [from, to], ringing the modules in {@code highlighted}. */
    public MetrokaartPicture picture(LocalDate from, LocalDate to, Set<String> highlighted) {
        record LijnRow(String code, String name, String colour, Map<BandStatus, Integer> runs) {
        }
        Map<String, LijnRow> lijnen = new LinkedHashMap<>();
        jdbc.query(SqlScript.load("nl/metrokaart/reportjobs/map-lijnen.sql").sql(), rs -> {
            LijnRow lijn = lijnen.computeIfAbsent(rs.getString("lijn_code"),
                    code -> new LijnRow(code, rsString(rs, "name"), rsString(rs, "colour"), new EnumMap<>(BandStatus.class)));
            String status = rs.getString("band_status");
            if (status != null) {
                lijn.runs().put(BandStatus.of(status), rs.getInt("runs"));
            }
        }, Date.valueOf(to), Date.valueOf(from));

        Map<String, List<String>> stations = new LinkedHashMap<>();
        Map<String, MetrokaartPicture.Module> modules = new LinkedHashMap<>();
        jdbc.query(SqlScript.load("nl/metrokaart/reportjobs/map-stations.sql").sql(), rs -> {
            String module = rs.getString("module_code");
            stations.computeIfAbsent(rs.getString("lijn_code"), k -> new ArrayList<>()).add(module);
            modules.putIfAbsent(module, new MetrokaartPicture.Module(module, rs.getString("title"), rs.getInt("participants")));
        }, Date.valueOf(from), Date.valueOf(to));

        List<MetrokaartPicture.Lijn> picture = lijnen.values().stream()
                .map(l -> new MetrokaartPicture.Lijn(l.code(), l.name(), l.colour(), stations.getOrDefault(l.code(), List.of()), l.runs()))
                .toList();
        return new MetrokaartPicture(pps(), from, to, picture, List.copyOf(modules.values()), highlighted);
    }

    private static String rsString(java.sql.ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pps() {
        List<String> names = jdbc.queryForList("SELECT pps FROM catalogue", String.class);
        return names.isEmpty() || names.get(0) == null ? "" : names.get(0);
    }
}
