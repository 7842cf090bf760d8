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
 * The committed sample-data/delivery must be exactly what the generator writes with its defaults,
 * so the sample never drifts from the code. After a deliberate change, regenerate it with
 * DeliveryGenerator --out sample-data/delivery (or ./metrokaart generate --out sample-data/delivery).
 */
class CommittedSampleTest {

    @TempDir
    Path fresh;

    @Test
    void committedDeliveryEqualsAFreshDefaultGeneration() throws IOException {
        Path committed = committedDelivery();
        DeliveryGenerator.generate(fresh, DeliveryGenerator.DEFAULT_PARTICIPANTS, DeliveryGenerator.DEFAULT_SEED);

        assertThat(filesUnder(committed)).as("files in " + committed)
                .containsExactlyInAnyOrderElementsOf(DeliveryGenerator.FILES);
        for (String name : DeliveryGenerator.FILES) {
            assertThat(Files.readAllBytes(committed.resolve(name)))
                    .as(name + " drifted from the generator: regenerate sample-data/delivery")
                    .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }

    /** Maven runs tests in the module directory; an IDE may run them from the repository root. */
    private static Path committedDelivery() {
        Path inModule = Path.of("delivery");
        Path fromRoot = Path.of("sample-data", "delivery");
        Path found = Files.isDirectory(inModule) ? inModule : fromRoot;
        assertThat(found).as("committed sample delivery (working dir " + Path.of("").toAbsolutePath() + ")")
                .isDirectory();
        return found;
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
