package nl.metrokaart.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Issues badges for about 80% of the modules a participant was present at, in the shape the
 * lijn's badge platform exports: edubadges CSV (ROOD, BLAUW), Open Badges 2.0 assertions
 * (GROEN, GEEL) or Open Badges 3.0 credentials (PAARS). Nothing is dated after the delivery.
 */
final class BadgeWriter implements Closeable {

    enum Shape { EDUBADGES, OB2, OB3 }

    static final String OB2_FILE = "badges/ob2-assertions.json";
    static final String OB3_FILE = "badges/ob3-credentials.json";
    static final String EDUBADGES_FILE = "badges/edubadges.csv";

    private static final double ISSUE = 0.80;
    private static final double REISSUE = 0.006;
    private static final double REVOKE = 0.015;
    private static final double EXPIRES = 0.12;
    private static final String[] REVOCATION_REASONS = {"Ten onrechte uitgegeven",
        "Deelnemer was niet aanwezig", "Op verzoek van de deelnemer", "Verkeerde badge, opnieuw uitgegeven"};
    private static final String ISSUER = "{\"id\":\"" + Catalogue.BADGE_HOST + "/issuer\",\"type\":[\"Profile\"],"
            + "\"name\":\"" + Catalogue.PPS + "\"}";

    private final JsonArray ob2;
    private final JsonArray ob3;
    private final CsvWriter edubadges;
    private final List<Participant> people;
    private final IdentityHash hash = new IdentityHash();
    private long issued;

    BadgeWriter(Path outDir, List<Participant> people) throws IOException {
        this.ob2 = new JsonArray(Output.open(outDir.resolve(OB2_FILE)));
        this.ob3 = new JsonArray(Output.open(outDir.resolve(OB3_FILE)));
        this.edubadges = new CsvWriter(outDir.resolve(EDUBADGES_FILE), "recipient_email", "badgeclass", "issued_on",
                "acceptance", "revoked", "revocation_reason", "expires_at");
        this.people = people;
    }

    static Shape shapeOf(Catalogue.Lijn lijn) {
        return switch (lijn.code()) {
            case "ROOD", "BLAUW" -> Shape.EDUBADGES;
            case "PAARS" -> Shape.OB3;
            default -> Shape.OB2;
        };
    }

    void write(Cohort cohort, Attendance[][] attendance, long seed) throws IOException {
        Run run = cohort.run();
        Random r = Rng.stream(seed, Rng.BADGES, run.index());
        Shape shape = shapeOf(run.lijn());
        for (int m = 0; m < cohort.members().length; m++) {
            Participant p = people.get(cohort.members()[m]);
            for (int s = 0; s < run.sessions().size(); s++) {
                if (!attendance[m][s].present || !Rng.chance(r, ISSUE)) {
                    continue;
                }
                LocalDate on = run.sessions().get(s).plusDays(Rng.between(r, 0, 7));
                Catalogue.Module module = run.modules().get(s);
                issue(shape, p, module, on, r);
                if (Rng.chance(r, REISSUE)) {
                    issue(shape, p, module, on.plusDays(Rng.between(r, 1, 30)), r); // a duplicate: earliest counts
                }
            }
        }
    }

    private void issue(Shape shape, Participant p, Catalogue.Module module, LocalDate on, Random r)
            throws IOException {
        int hour = Rng.between(r, 9, 16);
        int minute = 5 * Rng.between(r, 0, 11);
        boolean revoked = Rng.chance(r, REVOKE);
        String reason = Rng.pick(r, REVOCATION_REASONS);
        LocalDate expires = Rng.chance(r, EXPIRES) ? on.plusYears(Rng.between(r, 2, 3)) : null;
        String salt = Rng.hex(r, 8);
        String uuid = Rng.uuid(r);
        double u = r.nextDouble();
        if (on.isAfter(DeliveryPeriod.DATA_UP_TO)) {
            return; // not issued yet when the delivery was exported
        }
        issued++;
        switch (shape) {
            case EDUBADGES -> {
                edubadges.plain(p.email()).plain(module.badgeClass()).plain(on.toString())
                        .plain(u < 0.82 ? "Accepted" : u < 0.95 ? "Unaccepted" : "Rejected")
                        .plain(Boolean.toString(revoked)).text(revoked ? reason : "")
                        .plain(expires == null ? "" : expires.toString());
                edubadges.endRow();
            }
            case OB2 -> {
                StringBuilder sb = new StringBuilder(512);
                sb.append("{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"id\":\"")
                        .append(Catalogue.BADGE_HOST).append("/assertions/").append(uuid)
                        .append("\",\"recipient\":{\"type\":\"email\",\"hashed\":true,\"salt\":\"").append(salt)
                        .append("\",\"identity\":\"").append(hash.of(p.email(), salt)).append("\"}");
                JsonText.field(sb, "badge", module.badgeClass());
                JsonText.field(sb, "issuedOn", Timestamps.amsterdam(on, hour, minute));
                sb.append(",\"verification\":{\"type\":\"HostedBadge\"}");
                if (expires != null) {
                    JsonText.field(sb, "expires", Timestamps.amsterdam(expires, hour, minute));
                }
                if (revoked) {
                    sb.append(",\"revoked\":true");
                    JsonText.field(sb, "revocationReason", reason);
                }
                ob2.add(sb.append('}'));
            }
            case OB3 -> {
                StringBuilder sb = new StringBuilder(900);
                sb.append("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",")
                        .append("\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],")
                        .append("\"id\":\"urn:uuid:").append(uuid)
                        .append("\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":")
                        .append(ISSUER);
                // older OB 3.0 exporters (VC data model 1.1) still write issuanceDate
                JsonText.field(sb, u < 0.25 ? "issuanceDate" : "validFrom", Timestamps.utc(on, hour, minute));
                JsonText.field(sb, "name", module.title());
                sb.append(",\"credentialSubject\":{\"type\":[\"AchievementSubject\"],\"identifier\":[{")
                        .append("\"type\":\"IdentityObject\",\"identityHash\":\"").append(hash.of(p.email(), salt))
                        .append("\",\"identityType\":\"emailAddress\",\"hashed\":true,\"salt\":\"").append(salt)
                        .append("\"}],\"achievement\":{\"id\":\"").append(module.badgeClass())
                        .append("\",\"type\":[\"Achievement\"]");
                JsonText.field(sb, "name", module.title());
                ob3.add(sb.append("}}}"));
            }
        }
    }

    long issued() {
        return issued;
    }

    @Override
    public void close() throws IOException {
        try (ob2; ob3; edubadges) {
            // closes all three, even if one fails
        }
    }

    /** A JSON array written one element per line, so large files stream and diff well. */
    private static final class JsonArray implements Closeable {
        private final Writer out;
        private boolean empty = true;

        JsonArray(Writer out) throws IOException {
            this.out = out;
            out.write('[');
        }

        void add(CharSequence element) throws IOException {
            out.write(empty ? "\n" : ",\n");
            out.write(element.toString());
            empty = false;
        }

        @Override
        public void close() throws IOException {
            out.write(empty ? "]\n" : "\n]\n");
            out.close();
        }
    }
}
