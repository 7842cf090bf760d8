package nl.metrokaart.ingest.badges;

import static nl.metrokaart.ingest.badges.BadgeDelivery.ANNA;
import static nl.metrokaart.ingest.badges.BadgeDelivery.BRAM;
import static nl.metrokaart.ingest.badges.BadgeDelivery.COR;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM101;
import static nl.metrokaart.ingest.badges.BadgeDelivery.NM103;
import static nl.metrokaart.ingest.badges.BadgeDelivery.ob2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the same badges twice changes nothing; a newer delivery of an assertion replaces it. */
class BadgeRedeliveryTest {

    private static final String ALL = "SELECT assertion_id || '|' || module_code || '|' || participant_key || '|' || issued_on || '|' "
            + "|| revoked || '|' || coalesce(acceptance, '-') || '|' || source_sha256 FROM badge ORDER BY assertion_id";

    @Test
    void theSameDeliveryTwiceChangesNothingAndANewerAssertionReplacesTheOlder(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = BadgeDelivery.create(temp);
        BadgeDelivery.write(delivery, "ob2-2026-03.json",
                ob2("urn:a1", ANNA, "s1", NM101, "2026-03-02", ""),
                ob2("urn:a2", BRAM, "s2", NM101, "2026-03-02", ""));
        BadgeDelivery.write(delivery, "edubadges-2026-03.csv",
                "recipient_email,badgeclass,issued_on,acceptance,revoked,revocation_reason,expires_at",
                COR + "," + NM103 + ",2026-03-30,Unaccepted,false,,");
        assertThat(workspace.cli("ingest", delivery.toString()).exitCode()).isZero();
        List<String> first = workspace.strings(ALL);
        assertThat(first).hasSize(3);

        Result again = workspace.cli("ingest", delivery.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("nothing to do");
        assertThat(workspace.strings(ALL)).isEqualTo(first);
        String corsBadge = workspace.strings("SELECT assertion_id FROM badge WHERE source_format = 'edubadges'").get(0);

        // April's delivery: the same files under new names hold a revoked a1 and Cor's badge now accepted.
        Path april = Files.createDirectories(temp.resolve("april").resolve("badges")).getParent();
        BadgeDelivery.write(april, "ob2-2026-04.json",
                ob2("urn:a1", ANNA, "s1", NM101, "2026-03-02", ",\"revoked\":true,\"revocationReason\":\"Ten onrechte uitgegeven\""));
        BadgeDelivery.write(april, "edubadges-2026-04.csv",
                "recipient_email,badgeclass,issued_on,acceptance,revoked,revocation_reason,expires_at",
                COR + "," + NM103 + ",30-03-2026,Accepted,false,,");

        Result newer = workspace.cli("ingest", april.toString());

        assertThat(newer.exitCode()).as(newer.toString()).isZero();
        assertThat(workspace.count("SELECT count(*) FROM badge")).isEqualTo(3);
        assertThat(workspace.strings("SELECT assertion_id || '|' || revoked || '|' || coalesce(revocation_reason, '-') || '|' "
                + "|| coalesce(acceptance, '-') FROM badge ORDER BY assertion_id LIKE 'edubadges:%', assertion_id"))
                .containsExactly("urn:a1|true|Ten onrechte uitgegeven|-", "urn:a2|false|-|-", corsBadge + "|false|-|Accepted");
        assertThat(workspace.count("SELECT count(DISTINCT source_sha256) FROM badge")).isEqualTo(3);
    }
}
