package nl.metrokaart.reports;

import java.time.LocalDate;

/** One row of the run_occupancy mart, with the lijn's name and colour for the reader. */
public record RunOccupancy(
        String runCode,
        String lijnCode,
        String lijnName,
        String lijnColour,
        LocalDate firstSession,
        LocalDate lastSession,
        int participants,
        int minParticipants,
        int maxParticipants,
        double occupancyRate,
        BandStatus bandStatus) {
}
