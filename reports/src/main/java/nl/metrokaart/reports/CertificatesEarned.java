package nl.metrokaart.reports;

/** Certificates of one kind earned (certificates_earned): in the month, in the year to date, and ever up to the report date. */
public record CertificatesEarned(String code, String name, String kind, long inMonth, long yearToDate, long toDate) {
}
