package nl.metrokaart.reports;

import java.time.LocalDate;

/**
 * One company's score on one dimension in its latest scan on or before the report date, and in
 * the scan before it when there is one (previous fields null otherwise).
 *
 * @param scanRespondents the distinct respondents of the scan; {@code respondents} those who scored this dimension
 * @param score the mean of the respondents' scores (each respondent's latest response in the scan)
 */
public record LeercultuurScore(String companyKvk, String companyName, String scanId, LocalDate scanDate, long scanRespondents,
                               String dimensionCode, long respondents, Double score, String previousScanId, LocalDate previousScanDate,
                               Long previousRespondents, Double previousScore) {
}
