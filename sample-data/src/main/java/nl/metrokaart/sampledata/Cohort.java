package nl.metrokaart.sampledata;

/** A run with the people enrolled in it; cancelled[i] marks someone who cancels every session. */
record Cohort(Run run, int[] members, boolean[] cancelled) {
}
