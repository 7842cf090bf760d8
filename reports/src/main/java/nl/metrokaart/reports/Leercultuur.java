package nl.metrokaart.reports;

import java.util.List;

/**
 * The leercultuurscan part of a report, already computed by the marts (leercultuur_score,
 * leercultuur_change, leercultuur_distribution, leercultuur_conversion). Empty (no dimensions)
 * when the catalogue has no leercultuurscan: the reports then leave its sheets out.
 *
 * @param scaleMin the scan's scale, {@code scaleMax} its top
 * @param dimensions the catalogue's dimensions, in its order
 * @param scores per company and dimension its latest scan on or before the report date, with the scan before it
 * @param distribution per dimension (code null: the companies' overall scores) over the companies' latest scans
 * @param conversion per score band: the companies' conversion by the company-conversion rule
 */
public record Leercultuur(int scaleMin, int scaleMax, List<Dimension> dimensions, List<LeercultuurScore> scores,
                          List<Distribution> distribution, List<BandConversion> conversion) {

    public record Dimension(String code, String name) {
    }

    /**
     * The spread of the companies' scores (only those over at least k respondents).
     *
     * @param laag companies in the lowest third of the scale; {@code midden}, {@code hoog} the others
     */
    public record Distribution(String dimensionCode, long companies, Double mean, Double min, Double q1, Double median, Double q3,
                               Double max, long laag, long midden, long hoog) {
    }

    /** @param band laag, midden or hoog; windowOpen: a company not (yet) converted still has an open window */
    public record BandConversion(String band, long companies, long cohortCompanies, long converted, Double conversionRate,
                                 boolean windowOpen) {
    }

    public static Leercultuur none() {
        return new Leercultuur(1, 5, List.of(), List.of(), List.of(), List.of());
    }

    /** Whether the catalogue configures a scan (else no sheet shows it). */
    public boolean configured() {
        return !dimensions.isEmpty();
    }

    /** The score where a band starts: {@code third} 1 for midden, 2 for hoog (stg_leercultuur_band). */
    public double bandFrom(int third) {
        return scaleMin + third * (scaleMax - scaleMin) / 3.0;
    }

    /** The dimension's name, or its code when the catalogue gives none. */
    public String nameOf(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).map(d -> d.name() == null ? d.code() : d.name()).findFirst().orElse(code);
    }
}
