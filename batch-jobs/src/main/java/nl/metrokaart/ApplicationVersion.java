package nl.metrokaart;

/** The release's version: the Maven project version, which the jar's manifest carries. */
public final class ApplicationVersion {

    private ApplicationVersion() {
    }

    /** E.g. {@code 0.1.0}; "development build" when run from classes rather than the jar (tests, an IDE). */
    public static String get() {
        String version = ApplicationVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development build" : version;
    }
}
