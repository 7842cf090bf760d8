package nl.metrokaart.ingest.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The key figures of the monthly summary that the catalogue's {@code targets:} block may set a
 * target for. How a target is compared lives in SQL (rpt_target_progress); this only names them
 * and says, per name, what kind of number it is:
 * <ul>
 * <li>{@link Measure#COUNT}: counted over the period, so expected pro rata of the days passed;</li>
 * <li>{@link Measure#SHARE}: a share or rate between 0 and 1, compared as it is;</li>
 * <li>{@link Measure#VALUE}: another level (the mean skill gap), compared as it is.</li>
 * </ul>
 * {@link Direction#LOWER} marks a figure where less is better (the target is a ceiling).
 */
public enum TargetKpi {
    PARTICIPANTS_REACHED(Measure.COUNT, Direction.HIGHER),
    COMPANIES_REACHED(Measure.COUNT, Direction.HIGHER),
    NEW_COMPANIES(Measure.COUNT, Direction.HIGHER),
    MKB_SHARE(Measure.SHARE, Direction.HIGHER),
    ACTIVE_RUNS(Measure.COUNT, Direction.HIGHER),
    RUNS_UNDER_MINIMUM(Measure.COUNT, Direction.LOWER),
    PLACES_TAKEN(Measure.COUNT, Direction.HIGHER),
    MEAN_OCCUPANCY_RATE(Measure.SHARE, Direction.HIGHER),
    RUNS_ENDED(Measure.COUNT, Direction.HIGHER),
    COMPLETED(Measure.COUNT, Direction.HIGHER),
    COMPLETION_RATE(Measure.SHARE, Direction.HIGHER),
    BADGES_ISSUED(Measure.COUNT, Direction.HIGHER),
    CERTIFICATES_EARNED(Measure.COUNT, Direction.HIGHER),
    CONVERSIONS(Measure.COUNT, Direction.HIGHER),
    CONVERSION_RATE(Measure.SHARE, Direction.HIGHER),
    AT_TARGET_SHARE(Measure.SHARE, Direction.HIGHER),
    MEAN_GAP(Measure.VALUE, Direction.LOWER),
    COACHES_TRAINED(Measure.COUNT, Direction.HIGHER);

    public enum Measure { COUNT, SHARE, VALUE }

    public enum Direction { HIGHER, LOWER }

    private final Measure measure;
    private final Direction direction;

    TargetKpi(Measure measure, Direction direction) {
        this.measure = measure;
        this.direction = direction;
    }

    public Measure measure() {
        return measure;
    }

    public Direction direction() {
        return direction;
    }

    /** The name as written in metrokaart.yaml, e.g. {@code participants_reached}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TargetKpi> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key == null ? null : key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(TargetKpi::key).toList());
    }
}
