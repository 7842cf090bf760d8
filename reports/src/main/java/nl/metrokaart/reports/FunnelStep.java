package nl.metrokaart.reports;

import java.time.LocalDate;

/** One row of the funnel mart at the report date: a run's participants step by step. */
public record FunnelStep(String runCode, String lijnCode, LocalDate firstSession, LocalDate lastSession,
                         long enrolled, long presentAny, long completed, long withBadge, long withFollowup,
                         Double presentAnyShare, Double completedShare, Double withBadgeShare, Double withFollowupShare,
                         boolean windowOpen) {
}
