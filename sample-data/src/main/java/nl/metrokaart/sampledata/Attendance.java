package nl.metrokaart.sampledata;

/** What one enrolment row says: status plus attendance (Moodle style P/L/A/E). */
enum Attendance {
    AANWEZIG("ingeschreven", "aanwezig", true),
    TE_LAAT("ingeschreven", "te laat", true),
    AFWEZIG("ingeschreven", "afwezig", false),
    AFGEMELD("ingeschreven", "afgemeld", false),
    GEANNULEERD_AFGEMELD("geannuleerd", "afgemeld", false),
    GEANNULEERD("geannuleerd", "", false);

    final String status;
    final String attendance;
    final boolean present;

    Attendance(String status, String attendance, boolean present) {
        this.status = status;
        this.attendance = attendance;
        this.present = present;
    }

    boolean cancelled() {
        return this == GEANNULEERD || this == GEANNULEERD_AFGEMELD;
    }
}
