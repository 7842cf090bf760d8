package nl.metrokaart.ingest.badges;

import static nl.metrokaart.ingest.badges.BadgeDelivery.NM101;
import static nl.metrokaart.ingest.badges.BadgeDelivery.ob2;
import static nl.metrokaart.ingest.badges.BadgeDelivery.pseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More participants than one sealed identity batch holds: the addresses are sealed in several
 * batches (one per file ran DuckDB and the heap out of memory at ten million rows), and a salted
 * badge of a participant in the last batch is still matched. The batch size is made small
 * (metrokaart.ingest.identity-batch-size) so the same path runs on 207 participants, not 200,007.
 */
class ManyParticipantsBadgeTest {

    @Test
    void addressesAreSealedInBatchesAndAllOfThemServeBadgeMatching(@TempDir Path temp) throws Exception {
        int batchSize = 100;
        Workspace workspace = new Workspace(temp).with("metrokaart.ingest.identity-batch-size", String.valueOf(batchSize));
        Path delivery = Files.createDirectories(temp.resolve("delivery").resolve("badges")).getParent();
        TestDelivery.withSampleCatalogue(delivery);
        int participants = 2 * batchSize + 7;
        try (BufferedWriter w = Files.newBufferedWriter(delivery.resolve("enrolments.csv"), StandardCharsets.UTF_8)) {
            w.write("enrolment_id,run_code,lijn_code,module_code,session_date,participant_email,participant_name,company_kvk,role,status,attendance\n");
            for (int p = 0; p < participants; p++) {
                // a hundred runs on different days, so the badge's nearby search meets only its own run
                w.write("E" + p + ",ROOD-" + (p % 100) + ",ROOD,NM-101,2026-0" + (1 + p % 9) + "-1" + (p % 10) + ",p" + p
                        + "@example.nl,P,01234567,medewerker,ingeschreven,aanwezig\n");
            }
        }
        String last = "p" + (participants - 1) + "@example.nl";
        String lastDay = "2026-0" + (1 + (participants - 1) % 9) + "-1" + ((participants - 1) % 10);
        BadgeDelivery.write(delivery, "ob2.jsonl", ob2("urn:last", last, "zout", NM101, lastDay, ""));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM participant_identity_batch")).isEqualTo(3);
        assertThat(workspace.strings("SELECT participant_key FROM badge")).containsExactly(pseudonym(temp, last));
    }
}
