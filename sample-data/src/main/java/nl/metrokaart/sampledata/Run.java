package nl.metrokaart.sampledata;

import java.time.LocalDate;
import java.util.List;

/**
 * One run (peer group) of a lijn: session i teaches modules.get(i) on sessions.get(i).
 * target = participants who will keep at least one row; cancelledSeats = extra people who
 * enrol and then cancel every row (they are no participants of the run).
 */
record Run(int index, String code, Catalogue.Lijn lijn, List<Catalogue.Module> modules, List<LocalDate> sessions,
           int target, int cancelledSeats) {

    LocalDate first() {
        return sessions.get(0);
    }

    LocalDate last() {
        return sessions.get(sessions.size() - 1);
    }
}
