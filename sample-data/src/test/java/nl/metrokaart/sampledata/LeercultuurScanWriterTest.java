package nl.metrokaart.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's leercultuurscan: its block closes the catalogue, and the export has what the reports need to show. */
class LeercultuurScanWriterTest {

    @Test
    void aboutTwentyFiveCompaniesSomeTwiceSomeSmallAndThreeBadRows(@TempDir Path fresh) throws IOException {
        DeliveryGenerator.generate(fresh, DeliveryGenerator.DEFAULT_PARTICIPANTS, DeliveryGenerator.DEFAULT_SEED);

        assertThat(Files.readString(fresh.resolve("metrokaart.yaml"))).endsWith(LeercultuurScanWriter.BLOCK);
        List<String> lines = Files.readAllLines(fresh.resolve(LeercultuurScanWriter.SCAN));
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows.stream().map(r -> r.split(",")[2]).distinct().count()).isBetween(20L, 30L);
        assertThat(rows).anyMatch(r -> r.split(",")[2].length() == 7).anyMatch(r -> r.contains(",6,")).anyMatch(r -> r.contains("n.v.t."));
    }
}
