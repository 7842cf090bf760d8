package nl.metrokaart.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the board's monthly workbook shows, already computed by the warehouse's marts.
 *
 * @param minGroupSize k of the privacy rule (docs/domain.md section 5)
 * @param conversionWindowMonths W of the conversion definition, for the reader
 * @param runs the runs active in the month (first session on or before its last day, last session on or after its first)
 * @param month the month's key figures; {@code previousMonth} the same for the month before; {@code yearToDate} from 1 January
 * @param trend the monthly_occupancy rows of the twelve months up to the report month
 * @param gapsByLijn skill gaps per skill and lijn at the report date; {@code gapsByCompany} per skill and company
 * @param companyParticipants per company (code) the participants in the skill gaps, to leave out companies too small to show
 * @param funnel the funnel of every run started by the report date, and a total (run code null)
 * @param conversion the conversion of every run started by the report date
 * @param followupTypes the catalogue's follow-up types, in order
 * @param coaching workplace coaches and their coaching (train-the-trainer); {@link Coaching#none()} without such data
 * @param monthChange each figure of {@code month} minus that of {@code previousMonth}, as the report model computed it
 *                    ({@code rpt_monthly_summary}'s {@code *_change} columns; {@code anyWindowOpen} unused); null when not known
 *                    (the change cells stay empty)
 */
public record MonthlyReport(String pps, YearMonth month, int minGroupSize, int conversionWindowMonths,
                            List<RunOccupancy> runs, List<SourceFreshness> sources,
                            PeriodKpis monthKpis, PeriodKpis previousMonthKpis, PeriodKpis yearToDateKpis,
                            List<LijnMonth> trend, List<SkillGap> gapsByLijn, List<SkillGap> gapsByCompany,
                            java.util.Map<String, Long> companyParticipants,
                            List<FunnelStep> funnel, List<CohortConversion> conversion, List<String> followupTypes,
                            List<ModuleBadges> badges, List<CertificatesEarned> certificates, DataQuality dataQuality,
                            Coaching coaching, PeriodKpis monthChange) {

    /** A report of occupancy and sources only (every other section empty), with the defaults of docs/domain.md. */
    public MonthlyReport(String pps, YearMonth month, List<RunOccupancy> runs, List<SourceFreshness> sources) {
        this(pps, month, Suppression.DEFAULT_MIN_GROUP_SIZE, 12, runs, sources,
                PeriodKpis.empty(), PeriodKpis.empty(), PeriodKpis.empty(),
                List.of(), List.of(), List.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                DataQuality.empty(), Coaching.none(), PeriodKpis.empty());
    }

    /** The report date d: the last day of the month. */
    public LocalDate reportDate() {
        return month.atEndOfMonth();
    }
}
