package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.metrokaart.UserInputException;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.reports.TrainingPlan;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a company's opleidingsplan from the marts participant_skill_gap(d) and
 * training_suggestion(d); every gap and suggestion is the mart's, none is recomputed here.
 */
@Component
public class PlanReportQueries {

    /** The metrokaart in the plan shows the year up to the report date. */
    static final int PICTURE_MONTHS = 12;

    private final JdbcTemplate jdbc;
    private final MetrokaartMapQueries map;

    public PlanReportQueries(JdbcTemplate jdbc, MetrokaartMapQueries map) {
        this.jdbc = jdbc;
        this.map = map;
    }

    /** The company's name (its KVK number when no companies file names it); a clear refusal when there is no plan to write. */
    public String check(String kvk, LocalDate d) {
        if (kvk == null || !kvk.matches("\\d{8}")) {
            throw new UserInputException("'" + kvk + "' is not a KVK number: a KVK number has 8 digits"
                    + (kvk != null && kvk.matches("\\d{7}") ? " (this one has 7; Excel may have dropped a leading zero: try 0" + kvk + ")" : "")
                    + ".");
        }
        Map<String, Object> company = jdbc.queryForMap(SqlScript.load("nl/metrokaart/reportjobs/plan-company.sql").sql(),
                kvk, Date.valueOf(d));
        String name = (String) company.get("name");
        long rows = ((Number) company.get("enrolment_rows")).longValue();
        long employees = ((Number) company.get("employees")).longValue();
        if (name == null && rows == 0) {
            throw new UserInputException("KVK " + kvk + " is not a known company: no companies file and no enrolment in the warehouse names it. "
                    + "Check the number, or ingest the delivery that holds it first (./metrokaart status shows what the warehouse holds).");
        }
        String who = name == null ? kvk : kvk + " (" + name + ")";
        if (employees == 0) {
            throw new UserInputException("Company " + who + " has no participants: nobody whose company (on their latest enrolment) is "
                    + kvk + " followed a lijn, so there is no opleidingsplan to write.");
        }
        return name == null ? kvk : name;
    }

    public TrainingPlan plan(String kvk, LocalDate d) {
        String name = check(kvk, d);
        Map<String, List<TrainingPlan.Suggestion>> suggestions = new LinkedHashMap<>();
        jdbc.query(SqlScript.load("nl/metrokaart/reportjobs/plan-suggestions.sql").sql(), rs -> {
            suggestions.computeIfAbsent(rs.getString("participant_key") + "/" + rs.getString("skill_code"), k -> new ArrayList<>())
                    .add(new TrainingPlan.Suggestion(rs.getString("module_code"), rs.getString("title"), rs.getDouble("hours"),
                            rs.getInt("module_level"), list(rs.getString("lijnen"))));
        }, Date.valueOf(d), kvk);
        List<TrainingPlan.SkillGap> gaps = jdbc.query(SqlScript.load("nl/metrokaart/reportjobs/plan-gaps.sql").sql(),
                (rs, i) -> new TrainingPlan.SkillGap(rs.getInt("employee"), rs.getString("key_prefix"), rs.getString("skill_code"),
                        rs.getString("skill_name"), list(rs.getString("lijn_codes")), rs.getInt("target_level"),
                        rs.getObject("current_level") == null ? null : rs.getInt("current_level"),
                        rs.getObject("gap") == null ? null : rs.getInt("gap"), rs.getInt("reaching_modules"),
                        suggestions.getOrDefault(rs.getString("participant_key") + "/" + rs.getString("skill_code"), List.of())),
                Date.valueOf(d), kvk);
        List<TrainingPlan.ModuleUse> modules = jdbc.query(SqlScript.load("nl/metrokaart/reportjobs/plan-modules.sql").sql(),
                (rs, i) -> new TrainingPlan.ModuleUse(rs.getString("module_code"), rs.getString("title"), rs.getDouble("hours"),
                        list(rs.getString("lijnen")), list(rs.getString("skills")), rs.getInt("employees"), rs.getInt("gaps_closed"),
                        rs.getInt("not_rated")),
                Date.valueOf(d), kvk);
        Set<String> suggested = new LinkedHashSet<>();
        modules.forEach(m -> suggested.add(m.moduleCode()));
        MetrokaartPicture picture = map.picture(d.minusMonths(PICTURE_MONTHS).plusDays(1), d, suggested);
        return new TrainingPlan(picture.pps(), kvk, name, d, gaps, modules, picture);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(",\\s*"));
    }
}
