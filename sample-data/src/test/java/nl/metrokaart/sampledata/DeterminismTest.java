package nl.metrokaart.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedAndSizeGiveIdenticalBytes() throws IOException {
        GenerationSummary first = DeliveryGenerator.generate(tmp.resolve("a"), 500, 7);
        GenerationSummary second = DeliveryGenerator.generate(tmp.resolve("b"), 500, 7);

        assertThat(first.files()).hasSize(DeliveryGenerator.FILES.size());
        for (String name : DeliveryGenerator.FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
        }
        assertThat(second).usingRecursiveComparison().ignoringFields("files").isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherEnrolmentsButTheSameCatalogue() throws IOException {
        DeliveryGenerator.generate(tmp.resolve("a"), 500, 7);
        DeliveryGenerator.generate(tmp.resolve("b"), 500, 8);

        assertThat(Files.readAllBytes(tmp.resolve("b/enrolments.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("a/enrolments.csv")));
        assertThat(Files.readAllBytes(tmp.resolve("b/metrokaart.yaml")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("a/metrokaart.yaml")));
    }

    @Test
    void regeneratingOverwritesTheFiles() throws IOException {
        Path out = tmp.resolve("same");
        DeliveryGenerator.generate(out, 2000, 1);
        DeliveryGenerator.generate(out, 320, 42);
        DeliveryGenerator.generate(tmp.resolve("fresh"), 320, 42);

        for (String name : DeliveryGenerator.FILES) {
            assertThat(Files.readAllBytes(out.resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(tmp.resolve("fresh").resolve(name)));
        }
    }

    @Test
    void filesAreUtf8WithoutBomAndUnixLineEnds() throws IOException {
        DeliveryGenerator.generate(tmp, 320, 42);
        for (String name : DeliveryGenerator.FILES) {
            byte[] bytes = Files.readAllBytes(tmp.resolve(name));
            assertThat(bytes.length).as(name).isGreaterThan(3);
            assertThat(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB).as(name + " has a BOM").isFalse();
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).as(name).doesNotContain("\r")
                    .endsWith("\n");
        }
    }
}
