package nl.metrokaart.sampledata;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleTest {

    @TempDir
    Path tmp;

    @Test
    void largerDeliveriesRunSeveralParallelRunsPerLijnPerMonth() throws IOException {
        GenerationSummary s = DeliveryGenerator.generate(tmp, 6000, 42);

        assertThat(s.runs()).isBetween(6000 / 16, 6000 / 12);
        assertThat(s.companies()).isEqualTo(1000);
        List<Map<String, String>> rows = TestCsv.read(tmp.resolve("enrolments.csv"));
        Map<String, List<String>> runsPerLijnMonth = rows.stream().map(r -> r.get("run_code")).distinct()
                .collect(groupingBy(code -> String.join("-", List.of(code.split("-")).subList(0, 3))));
        assertThat(runsPerLijnMonth.values().stream().mapToInt(List::size).max().orElse(0)).isGreaterThan(2);
        assertThat(rows.stream().map(r -> r.get("participant_email")).collect(toSet())).hasSize(6000);
        assertThat(s.enrolmentRows()).isGreaterThan(25_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 13, 19, 20, 21, 37, 57, 133, 1001})
    void oddSizesStillGiveEveryPersonASeat(int participants) throws IOException {
        GenerationSummary s = DeliveryGenerator.generate(tmp, participants, participants);

        List<Map<String, String>> rows = TestCsv.read(tmp.resolve("enrolments.csv"));
        assertThat(rows.stream().map(r -> r.get("participant_email")).collect(toSet())).hasSize(participants);
        assertThat(s.participants()).isBetween(participants * 9 / 10, participants);
        assertThat(s.runs()).isPositive();
    }

    @Test
    void noParticipantsIsRefused() {
        assertThatThrownBy(() -> DeliveryGenerator.generate(tmp, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
