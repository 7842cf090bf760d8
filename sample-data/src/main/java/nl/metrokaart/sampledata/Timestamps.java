package nl.metrokaart.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Badge timestamps, formatted by hand so seconds are always written (LocalDateTime.toString drops ":00"). */
final class Timestamps {

    private Timestamps() {
    }

    /** Local Amsterdam time with its offset: +01:00 in winter, +02:00 in summer. */
    static String amsterdam(LocalDate date, int hour, int minute) {
        ZonedDateTime z = date.atTime(hour, minute).atZone(DeliveryPeriod.ZONE);
        return format(z.toLocalDateTime()) + z.getOffset().getId();
    }

    /** The same moment in UTC, as OB 3.0 exporters write it. */
    static String utc(LocalDate date, int hour, int minute) {
        LocalDateTime t = date.atTime(hour, minute).atZone(DeliveryPeriod.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return format(t) + "Z";
    }

    private static String format(LocalDateTime t) {
        return t.toLocalDate() + "T" + two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
