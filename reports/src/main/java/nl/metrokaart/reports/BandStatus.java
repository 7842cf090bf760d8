package nl.metrokaart.reports;

/** Where a run's participants fall against its lijn's band [min, max] (docs/domain.md section 4). */
public enum BandStatus {
    ONDER_MINIMUM("onder minimum"),
    BINNEN_BAND("binnen band"),
    VOL("vol"),
    OVERBOEKT("overboekt");

    private final String code;

    BandStatus(String code) {
        this.code = code;
    }

    /** The status as the warehouse's marts write it. */
    public String code() {
        return code;
    }

    public static BandStatus of(String code) {
        for (BandStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown band status: " + code);
    }

    /** Message key of the status's label in a report. */
    public String messageKey() {
        return "band." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
