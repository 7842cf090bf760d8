package nl.metrokaart.ingest.leercultuur;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.metrokaart.ingest.CsvFileLoader;
import nl.metrokaart.ingest.CsvStaging;
import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.ingest.FileLoader;
import nl.metrokaart.ingest.FileRejectedException;
import nl.metrokaart.ingest.InputKind;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A leercultuurscan export, long or wide, CSV or workbook: a workbook is first written out as the
 * CSV it holds; the file is staged by the shared CSV staging with the columns the catalogue's
 * dimensions give it, unpivoted to one answer per row, then checked and merged by
 * {@code leercultuurscans-checked.sql} and {@code leercultuurscans-merge.sql}.
 */
final class LeercultuurLoader implements FileLoader {

    private static final String WIDE = "staged_leercultuur_wide";

    private final CsvFileLoader checks;
    private final JdbcTemplate jdbc;
    private final Map<String, List<String>> aliases;
    private final Path workFolder;

    LeercultuurLoader(CsvFileLoader checks, JdbcTemplate jdbc, Map<String, List<String>> aliases, Path workFolder) {
        this.checks = checks;
        this.jdbc = jdbc;
        this.aliases = aliases;
        this.workFolder = workFolder;
    }

    @Override
    public InputKind kind() {
        return InputKind.LEERCULTUURSCANS;
    }

    @Override
    public Counts load(DeliveryFile file) {
        List<ScanLayout.Dimension> dimensions = jdbc.query("""
                SELECT d.dimension_code, d.name, list(i.item ORDER BY i.item) FILTER (WHERE i.item IS NOT NULL)
                FROM leercultuur_dimension d LEFT JOIN leercultuur_item i USING (dimension_code)
                GROUP BY d.dimension_code, d.name, d.position ORDER BY d.position""",
                (rs, i) -> new ScanLayout.Dimension(rs.getString(1), rs.getString(2), items(rs.getArray(3))));
        if (dimensions.isEmpty()) {
            throw new FileRejectedException(file.relativeName(), "metrokaart.yaml has no leercultuurscan dimensions, so a scan cannot be"
                    + " read; add a leercultuurscan block (scale and dimensions, see docs/inputs.md, Leercultuurscan) to the catalogue and deliver it again");
        }
        boolean workbook = file.relativeName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        Path csv = workbook ? workbookAsCsv(file, new ScanLayout(dimensions, aliases, List.of())) : file.path();
        try {
            CsvStaging.check(csv, file.relativeName()); // an unreadable file says why before its header is read
            ScanLayout layout = new ScanLayout(dimensions, aliases, CsvStaging.headerNames(csv));
            CsvStaging.Staged staged = CsvStaging.stage(jdbc, csv, file.relativeName(), WIDE, layout.columns(), workFolder);
            // Qualtrics writes two more header rows (the questions, then {"ImportId":...}): headers, not answers.
            jdbc.update("DELETE FROM " + WIDE + " WHERE line <= (SELECT max(line) FROM " + WIDE
                    + " WHERE line <= 3 AND company_kvk LIKE '{\"ImportId\"%')");
            try {
                jdbc.execute(layout.unpivot(WIDE, staged.columns(), checks.stagedTable()));
            } catch (IllegalArgumentException neither) {
                throw new FileRejectedException(file.relativeName(), neither.getMessage());
            }
            jdbc.execute("DROP TABLE " + WIDE);
            Long rows = jdbc.queryForObject("SELECT count(*) FROM " + checks.stagedTable(), Long.class);
            return checks.checkAndMerge(file, rows == null ? 0 : rows);
        } finally {
            if (workbook) {
                deleteQuietly(csv);
            }
        }
    }

    private Path workbookAsCsv(DeliveryFile file, ScanLayout layout) {
        try {
            Files.createDirectories(workFolder);
            Path csv = Files.createTempFile(workFolder, "leercultuurscan-", ".csv");
            ScanWorkbook.toCsv(file.path(), file.relativeName(), row -> layout.columns().match(row).containsKey("company_kvk"), csv);
            return csv;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write a working copy in " + workFolder, e);
        }
    }

    private static List<String> items(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover working copy is harmless
        }
    }
}
