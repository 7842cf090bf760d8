package nl.metrokaart.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.metrokaart.ingest.leercultuur.ScanRecognition;

/**
 * Recognises a file that is not named after its kind by what it holds: a CSV by its header,
 * a JSON file by Open Badges' own words. Looks at the first few kilobytes only.
 */
final class ContentSniffer {

    private static final int HEAD = 8192;

    private ContentSniffer() {
    }

    /**
     * The kind of a file whose name was not enough: unrecognised by name, or a survey export that
     * may be assessments or a leercultuurscan (a scan names companies, assessments never do).
     */
    static InputKind kindOf(Path file, InputKind byName) {
        boolean mayBeScan = ScanRecognition.nameMayBeScan(file);
        if (byName != InputKind.UNRECOGNISED && !(byName == InputKind.ASSESSMENTS && mayBeScan)) {
            return byName;
        }
        if (mayBeScan && namesCompany(file)) {
            return InputKind.LEERCULTUURSCANS;
        }
        return byName == InputKind.UNRECOGNISED ? kindOf(file) : byName;
    }

    private static boolean namesCompany(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return ScanRecognition.workbookNamesCompany(file, CsvColumns::normalise);
        }
        return ScanRecognition.namesCompany(header(head(file)));
    }

    static InputKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = head(file);
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return head.contains("\"Assertion\"") || head.contains("OpenBadgeCredential") || head.contains("\"recipient\"")
                    || head.contains("\"credentialSubject\"") ? InputKind.BADGES : InputKind.UNRECOGNISED;
        }
        if (!(name.endsWith(".csv") || name.endsWith(".txt"))) {
            return InputKind.UNRECOGNISED;
        }
        Set<String> columns = header(head);
        if (hasAny(columns, "enrolment_id", "inschrijving_id") && hasAny(columns, "session_date", "datum", "sessiedatum")) {
            return InputKind.ENROLMENTS;
        }
        if (hasAny(columns, "badgeclass", "badge_class") && hasAny(columns, "recipient_email", "email", "e_mailadres")) {
            return InputKind.BADGES;
        }
        if (hasAny(columns, "skill_code", "vaardigheid") && hasAny(columns, "level", "niveau")) {
            return InputKind.ASSESSMENTS;
        }
        // Coaches by the day of their training; coaching by the colleagues it names (with a coach column
        // when the colleagues' column has a common name such as "uren").
        if (hasAny(columns, "trained_on", "getraind_op", "datum_training", "trainingsdatum", "opgeleid_op", "gecertificeerd_op")) {
            return InputKind.COACHES;
        }
        if (hasAny(columns, "aantal_collega_s", "aantal_collegas", "e_mailadressen_collega_s", "colleagues_count", "colleague_emails")
                || hasAny(columns, "coach", "coach_email", "e_mailadres_coach", "werkplekcoach") && hasAny(columns, "collega_s", "collegas", "uren", "hours")) {
            return InputKind.COACHING;
        }
        if (hasAny(columns, "start_date", "startdatum") && hasAny(columns, "provider", "aanbieder", "type")) {
            return InputKind.FOLLOWUPS;
        }
        if (hasAny(columns, "kvk", "kvk_nummer", "kvknummer") && hasAny(columns, "employees", "medewerkers", "aantal_medewerkers")) {
            return InputKind.COMPANIES;
        }
        // the long shape of a leercultuurscan: answers per company, dimension and score
        if (ScanRecognition.namesCompany(columns) && hasAny(columns, "dimension", "dimensie") && hasAny(columns, "score", "waarde")) {
            return InputKind.LEERCULTUURSCANS;
        }
        return InputKind.UNRECOGNISED;
    }

    /**
     * A name with "coach" in it says train-the-trainer, not which of its two files: the coaches or
     * their activities (a "coaching.csv" may list the coaches trained). There the header decides,
     * when it says; any other kind is returned as named.
     */
    static InputKind coachKindOf(Path file, InputKind named) {
        if (named != InputKind.COACHES && named != InputKind.COACHING) {
            return named;
        }
        InputKind sniffed = kindOf(file);
        return sniffed == InputKind.COACHES || sniffed == InputKind.COACHING ? sniffed : named;
    }

    private static Set<String> header(String head) {
        String first = head.lines().findFirst().orElse("").replace("\u00EF\u00BB\u00BF", ""); // a UTF-8 BOM, read byte by byte
        String delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ";" : ",";
        return Arrays.stream(first.split(delimiter)).map(c -> CsvColumns.normalise(c.replace("\"", ""))).collect(Collectors.toSet());
    }

    private static boolean hasAny(Set<String> columns, String... names) {
        return Arrays.stream(names).anyMatch(columns::contains);
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            // ISO-8859-1 maps every byte: the words looked for are ASCII, whatever the encoding.
            return new String(in.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
