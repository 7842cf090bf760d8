package nl.metrokaart.reports;

/**
 * One row of the module_badges mart (all badges up to the report date's data), with the module's
 * title and the badges issued in the month and in the year to date (module_badges_monthly).
 */
public record ModuleBadges(String moduleCode, String title, long issuedInMonth, long issuedYearToDate,
                           long issued, long accepted, long revoked,
                           long participantsPresent, long badgeHolders, Double badgeRate,
                           long issuedWithAcceptance, Double acceptanceRate) {
}
