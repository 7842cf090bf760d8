package nl.metrokaart.reports;

import java.time.LocalDate;
import java.util.Map;

/**
 * A run's conversion at the report date (marts conversion, conversion_by_type, company_conversion):
 * its participants and its companies as cohorts. With the window still open the rates are provisional.
 *
 * @param byType converted participants per type of their first qualifying follow-up
 */
public record CohortConversion(String runCode, String lijnCode, LocalDate lastSession, LocalDate windowEnd, boolean windowOpen,
                               long cohortSize, long converted, Double conversionRate, Double medianDaysToConvert,
                               Map<String, Long> byType,
                               long companies, long companiesConverted, Double companyConversionRate) {
}
