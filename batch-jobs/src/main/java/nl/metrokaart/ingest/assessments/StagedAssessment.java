package nl.metrokaart.ingest.assessments;

/**
 * One assessment as read, before any check: the long shape every reader of assessments stages,
 * all text as found (NULL when absent). {@code line} is where a pps employee finds it: the CSV
 * record or the spreadsheet row.
 */
record StagedAssessment(long line, String participantEmail, String skillCode, String level, String assessedOn,
                        String moment, String source) {
}
