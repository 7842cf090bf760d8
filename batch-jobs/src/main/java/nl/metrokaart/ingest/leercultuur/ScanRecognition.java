package nl.metrokaart.ingest.leercultuur;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a leercultuurscan from an assessments survey by content, where the name cannot: a scan
 * names the company each answer is about, an assessment never does (it names the participant).
 */
public final class ScanRecognition {

    /** Company column headers, normalised (lower case, punctuation as _), as a delivered scan names them. */
    private static final Set<String> COMPANY_COLUMNS = Set.of("company_kvk", "kvk", "kvk_nummer", "kvknummer", "kvk_nr", "bedrijf_kvk",
            "kvk_bedrijf", "kvk_nummer_bedrijf", "company_kvk_number");

    private ScanRecognition() {
    }

    /** Whether some header (normalised) is a company column. */
    public static boolean namesCompany(Collection<String> normalisedHeaders) {
        return normalisedHeaders.stream().anyMatch(COMPANY_COLUMNS::contains);
    }

    /** Whether one of a workbook's first rows is a header with a company column. */
    public static boolean workbookNamesCompany(Path xlsx, java.util.function.Function<String, String> normalise) {
        List<List<String>> rows = ScanWorkbook.firstRows(xlsx);
        return rows.stream().anyMatch(row -> namesCompany(row.stream().map(normalise).toList()));
    }

    /** Whether a file name leaves the kind to the content: a survey export or a scan (scan*.csv / .xlsx). */
    public static boolean nameMayBeScan(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xlsx"))
                && (name.startsWith("scan") || name.contains("survey") || name.contains("enquete") || name.contains("vragenlijst"));
    }
}
