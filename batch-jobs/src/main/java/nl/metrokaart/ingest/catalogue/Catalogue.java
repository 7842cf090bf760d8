package nl.metrokaart.ingest.catalogue;

import java.util.List;
import java.util.Map;

/** The metrokaart catalogue (metrokaart.yaml) as the pps wrote it, validated. */
public record Catalogue(
        String pps,
        String sector,
        Scale scale,
        Rules rules,
        List<Skill> skills,
        List<Profile> profiles,
        List<Module> modules,
        List<Lijn> lijnen,
        List<Certificate> certificates,
        List<String> followupTypes,
        Leercultuurscan leercultuurscan,
        List<Target> targets) {

    /**
     * A target of the optional {@code targets:} block: the value a key figure should reach over
     * [from, to] (a calendar year is 1 January to 31 December).
     */
    public record Target(TargetKpi kpi, java.time.LocalDate from, java.time.LocalDate to, double value) {
    }

    public record Scale(int min, int max, Map<Integer, String> labels) {
    }

    /** @param sourceRanking who wins among same-day assessments, strongest first (default assessor, coach, self) */
    public record Rules(double completionShare, int conversionWindowMonths, int minGroupSize, List<String> sourceRanking) {
    }

    public record Skill(String code, String name, String esco) {
    }

    public record Profile(String code, String name, Map<String, Integer> targets) {
    }

    public record Module(String code, String title, double hours, String badgeClass, Map<String, Integer> skills) {
    }

    public record Lijn(String code, String name, String colour, String profile, int minParticipants, int maxParticipants, List<String> modules) {
    }

    public record Certificate(String code, String name, String kind, List<String> requires) {
    }

    /**
     * The optional leercultuurscan: its scale (with optional answer labels) and dimensions; no
     * dimensions when the catalogue has no such key.
     */
    public record Leercultuurscan(Scale scale, List<Dimension> dimensions) {
        public static Leercultuurscan none() {
            return new Leercultuurscan(new Scale(1, 5, Map.of()), List.of());
        }
    }

    /** A dimension of the scan; {@code items} are the survey questions (column headers) that average into it. */
    public record Dimension(String code, String name, List<String> items) {
    }
}
