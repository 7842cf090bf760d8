package nl.metrokaart.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the funder's impact workbook shows over a programme period, per quarter and for the
 * whole period, already computed by the marts. In every row {@code quarter} is the first day of a
 * calendar quarter (the part of it inside the period), or null for the whole period. No row
 * names a company or a person.
 *
 * @param reach reach per split and value (reach): participants, companies, mkb companies, mkb share
 * @param completion per lijn of the runs that ended in the quarter (lijn null: all lijnen)
 * @param badges badges issued per module (code null: all modules)
 * @param certificates certificates earned per certificate (code null: all)
 * @param learningGain per skill (code null: all skills), of the runs that ended in the quarter
 * @param conversion per quarter of the runs' last session, measured at the end of the period
 * @param conversionByType converted participants by the type of their first follow-up
 * @param coaching train-the-trainer per quarter and for the period; empty without such data
 */
public record ImpactReport(String pps, YearMonth from, YearMonth to, int minGroupSize, int conversionWindowMonths,
                           List<SourceFreshness> sources, List<Reach> reach, List<Completion> completion,
                           List<Counted> badges, List<Counted> certificates, List<Gain> learningGain,
                           List<Conversion> conversion, List<Counted> conversionByType, List<CoachingPeriod> coaching) {

    /** A report without train-the-trainer figures. */
    public ImpactReport(String pps, YearMonth from, YearMonth to, int minGroupSize, int conversionWindowMonths,
                        List<SourceFreshness> sources, List<Reach> reach, List<Completion> completion,
                        List<Counted> badges, List<Counted> certificates, List<Gain> learningGain,
                        List<Conversion> conversion, List<Counted> conversionByType) {
        this(pps, from, to, minGroupSize, conversionWindowMonths, sources, reach, completion, badges, certificates, learningGain,
                conversion, conversionByType, List.of());
    }

    /**
     * Train-the-trainer in a quarter (the part of it inside the period) or the whole period: its reach,
     * and the colleagues first coached by name in it, followed to runs and badges up to the period's end.
     */
    public record CoachingPeriod(LocalDate quarter, CoachReach reach, CoachOutcome outcome) {
    }

    public record Reach(LocalDate quarter, String split, String value, long participants, long companies, long mkbCompanies,
                        Double mkbShare) {
    }

    public record Completion(LocalDate quarter, String lijnCode, String lijnName, long runs, long participants, long completed,
                             Double completionRate) {
    }

    /** A count of something earned per code (a module's badges, a certificate, a follow-up type). */
    public record Counted(LocalDate quarter, String code, String name, long count) {
    }

    /** @param measurements participant, run and skill rows with both an intake and an exit level; participants: distinct people among them */
    public record Gain(LocalDate quarter, String skillCode, String skillName, long measurements, long participants, Double meanGain) {
    }

    public record Conversion(LocalDate quarter, long runs, long cohortSize, long converted, Double conversionRate, boolean windowOpen,
                             long companies, long companiesConverted, Double companyConversionRate) {
    }

    /** The first day of the period. */
    public LocalDate start() {
        return from.atDay(1);
    }

    /** The report date: the last day of the period. */
    public LocalDate end() {
        return to.atEndOfMonth();
    }

    /** The first days of the calendar quarters the period touches, in order. */
    public List<LocalDate> quarters() {
        return quarters(from, to);
    }

    public static List<LocalDate> quarters(YearMonth from, YearMonth to) {
        List<LocalDate> quarters = new ArrayList<>();
        LocalDate q = quarterOf(from.atDay(1));
        while (!q.isAfter(to.atEndOfMonth())) {
            quarters.add(q);
            q = q.plusMonths(3);
        }
        return quarters;
    }

    public static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
