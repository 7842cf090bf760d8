package nl.metrokaart.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the metrokaart picture shows, already counted by the warehouse's marts: every lijn with
 * its nanomodules in catalogue order and how its runs active in the period [from, to] fall
 * against its band, and per module the distinct participants present at it in the period.
 *
 * @param lijnen      in catalogue order
 * @param modules     every module a lijn names (others are ignored)
 * @param highlighted module codes to ring (e.g. the modules an opleidingsplan suggests); empty for none
 */
public record MetrokaartPicture(String pps, LocalDate from, LocalDate to, List<Lijn> lijnen, List<Module> modules,
                                Set<String> highlighted) {

    public MetrokaartPicture {
        lijnen = List.copyOf(lijnen);
        modules = List.copyOf(modules);
        highlighted = Set.copyOf(highlighted);
    }

    /**
     * One lijn of the catalogue.
     *
     * @param colour       the catalogue's colour, {@code #RRGGBB} (grey when missing or unreadable)
     * @param moduleCodes  its modules in the catalogue's order
     * @param runsByStatus its runs active in the period per band status (statuses without runs may be absent)
     */
    public record Lijn(String code, String name, String colour, List<String> moduleCodes, Map<BandStatus, Integer> runsByStatus) {

        public Lijn {
            moduleCodes = List.copyOf(moduleCodes);
            runsByStatus = Map.copyOf(runsByStatus);
        }

        public int activeRuns() {
            return runsByStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A nanomodule: a station, sized by the distinct participants present at it in the period (any run, any lijn). */
    public record Module(String code, String title, int participants) {
    }
}
