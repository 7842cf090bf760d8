package nl.metrokaart.sampledata;

/** A person enrolled by the pps; works at one company, keeps one e-mail address. */
record Participant(int index, String name, String email, int company, Catalogue.Role role) {
}
