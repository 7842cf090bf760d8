package nl.metrokaart.sampledata;

import java.nio.file.Path;
import java.util.List;

/**
 * What one generation wrote. participants = people with at least one row that is not
 * geannuleerd (people who cancelled everything are enrolled but no participant);
 * badges = all badge records in the three shapes, revoked ones included.
 */
public record GenerationSummary(int companies, int participants, int runs, long enrolmentRows, long badges,
                                long assessments, long followups, List<Path> files) {

    public GenerationSummary {
        files = List.copyOf(files);
    }
}
