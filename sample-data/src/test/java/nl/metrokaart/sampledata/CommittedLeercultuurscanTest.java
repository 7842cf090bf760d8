package nl.metrokaart.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed leercultuurscan follow-up delivery ({@code leercultuurscan/}) equals a fresh
 * generation, and its catalogue is the sample's own with the leercultuurscan block added, so that
 * ingesting it after {@code delivery/} changes nothing else. Regenerate with
 * {@code ./metrokaart generate --out sample-data/delivery --leercultuurscan sample-data/leercultuurscan}.
 */
class CommittedLeercultuurscanTest {

    @TempDir
    Path fresh;

    @Test
    void committedFollowUpEqualsAFreshGeneration() throws IOException {
        Path committed = committed("leercultuurscan");
        DeliveryGenerator.generateLeercultuurscan(fresh, DeliveryGenerator.DEFAULT_PARTICIPANTS, DeliveryGenerator.DEFAULT_SEED);

        try (Stream<Path> files = Files.list(committed)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(LeercultuurScanWriter.FILES);
        }
        for (String name : LeercultuurScanWriter.FILES) {
            assertThat(Files.readAllBytes(committed.resolve(name)))
                    .as(name + " drifted from the generator: regenerate sample-data/leercultuurscan")
                    .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
        assertThat(Files.readString(committed.resolve("metrokaart.yaml")))
                .isEqualTo(Files.readString(committed("delivery").resolve("metrokaart.yaml")) + LeercultuurScanWriter.BLOCK);
    }

    @Test
    void aboutTwentyFiveCompaniesSomeTwiceSomeSmallAndThreeBadRows() throws IOException {
        DeliveryGenerator.generateLeercultuurscan(fresh, DeliveryGenerator.DEFAULT_PARTICIPANTS, DeliveryGenerator.DEFAULT_SEED);
        List<String> lines = Files.readAllLines(fresh.resolve(LeercultuurScanWriter.SCAN));
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows.stream().map(r -> r.split(",")[2]).distinct().count()).isBetween(20L, 30L);
        assertThat(rows).anyMatch(r -> r.split(",")[2].length() == 7).anyMatch(r -> r.contains(",6,")).anyMatch(r -> r.contains("n.v.t."));
    }

    private static Path committed(String folder) {
        Path inModule = Path.of(folder);
        return Files.isDirectory(inModule) ? inModule : Path.of("sample-data", folder);
    }
}
