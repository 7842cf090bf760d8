package nl.metrokaart.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** What a file in a delivery holds, recognised from its name (docs/inputs.md). */
public enum InputKind {
    CATALOGUE("catalogue"),
    COMPANIES("companies"),
    ENROLMENTS("enrolments"),
    BADGES("badges"),
    ASSESSMENTS("assessments"),
    FOLLOWUPS("followups"),
    /** Trained workplace coaches (train-the-trainer). */
    COACHES("coaches"),
    /** What the workplace coaches did: their coaching activities. */
    COACHING("coaching"),
    LEERCULTUURSCANS("leercultuurscans"),
    UNRECOGNISED("unrecognised");

    private final String code;

    InputKind(String code) {
        this.code = code;
    }

    /** The name used in the warehouse, in configuration keys and in messages. */
    public String code() {
        return code;
    }

    /** Recognises a file by its path inside the delivery (Dutch and English names alike). */
    public static InputKind of(Path relativePath) {
        String path = relativePath.toString().toLowerCase(Locale.ROOT).replace('\\', '/');
        String name = relativePath.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv") || name.endsWith(".txt");
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return name.startsWith("metrokaart") || name.contains("catalog") ? CATALOGUE : UNRECOGNISED;
        }
        // Before assessments, which also take survey exports: a name saying leercultuur(scan) is a scan.
        if ((csv || name.endsWith(".xlsx")) && name.contains("leercultuur")) {
            return LEERCULTUURSCANS;
        }
        if (path.startsWith("badges/") || name.contains("badge") || name.contains("assertion") || name.contains("credential")) {
            return name.endsWith(".json") || name.endsWith(".jsonl") || csv ? BADGES : UNRECOGNISED;
        }
        if (csv && containsAny(name, "compan", "bedrijf", "bedrijven")) {
            return COMPANIES;
        }
        if (csv && containsAny(name, "enrol", "inschrijving", "aanwezig", "attendance", "deelname")) {
            return ENROLMENTS;
        }
        if ((csv || name.endsWith(".xlsx")) && containsAny(name, "assess", "beoordel", "meting", "survey", "enquete")) {
            return ASSESSMENTS;
        }
        if (csv && containsAny(name, "followup", "follow-up", "follow_up", "vervolg")) {
            return FOLLOWUPS;
        }
        if (csv && containsAny(name, "coach", "train-the-trainer", "train_the_trainer", "trainthetrainer")) {
            // werkplekcoaches.csv are the coaches; coaching.csv, coachactiviteiten.csv what they did.
            return containsAny(name, "coaching", "activit", "inzet", "sessie", "uren") ? COACHING : COACHES;
        }
        return UNRECOGNISED;
    }

    private static boolean containsAny(String name, String... parts) {
        for (String part : parts) {
            if (name.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
