package nl.metrokaart.reports;

/**
 * The board's key figures over one period (a month, or the year to date), each read from a mart.
 * Flow figures count what happened in the period; the figures "at the end" are the state on the
 * period's last day.
 *
 * @param activeRuns runs active in the period (run_occupancy)
 * @param runsBelowMinimum of those, runs under their lijn's minimum
 * @param placesTaken participants of the active runs, summed over runs
 * @param meanOccupancyRate mean occupancy rate of the active runs (participants / maximum); null without runs
 * @param participants participants reached: a session in the period (reach)
 * @param companies their companies (reach)
 * @param mkbShare share of mkb companies among them (reach); null without companies
 * @param newCompanies companies without a session before the period (reach)
 * @param runsEnded runs whose last session falls in the period
 * @param endedParticipants participants of those runs, summed over runs
 * @param completed of those, participants who completed their run (participant_completion)
 * @param completionRate completed / endedParticipants; null without runs ended
 * @param badgesIssued badges issued in the period, not revoked (module_badges_monthly)
 * @param certificatesEarned certificates earned in the period (certificates_earned)
 * @param converted participants whose first qualifying follow-up started in the period (conversion)
 * @param cohortSize participants of all runs, summed over runs, at the end of the period (conversion)
 * @param cohortConverted of those, converted by the end of the period
 * @param conversionRate cohortConverted / cohortSize at the end of the period
 * @param anyWindowOpen whether a window was still open at the end: the rate is then provisional
 * @param ratedParticipants participants with a current level on a skill of their profile at the end (skill_gap)
 * @param meanGap mean skill gap of the rated rows at the end
 * @param atTargetShare share of rated rows at or above target at the end
 */
public record PeriodKpis(
        long activeRuns,
        long runsBelowMinimum,
        long placesTaken,
        Double meanOccupancyRate,
        long participants,
        long companies,
        Double mkbShare,
        long newCompanies,
        long runsEnded,
        long endedParticipants,
        long completed,
        Double completionRate,
        long badgesIssued,
        long certificatesEarned,
        long converted,
        long cohortSize,
        long cohortConverted,
        Double conversionRate,
        boolean anyWindowOpen,
        long ratedParticipants,
        Double meanGap,
        Double atTargetShare) {

    /** A period in which nothing happened (and nothing was measured). */
    public static PeriodKpis empty() {
        return new PeriodKpis(0, 0, 0, null, 0, 0, null, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, null, false, 0, null, null);
    }
}
