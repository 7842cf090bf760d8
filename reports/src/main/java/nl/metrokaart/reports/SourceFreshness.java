package nl.metrokaart.reports;

import java.time.LocalDate;

/** How recent one source's data is: the latest date in it ("data up to"), or null when it holds none. */
public record SourceFreshness(String source, LocalDate dataUpTo, long rows) {
}
