package nl.metrokaart.pipeline;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import nl.metrokaart.ingest.Delivery;
import nl.metrokaart.ingest.IngestJobConfiguration;
import nl.metrokaart.ingest.IngestedFiles;
import nl.metrokaart.ingest.InputKind;
import nl.metrokaart.reportjobs.MonthlyReportJobConfiguration;
import nl.metrokaart.reports.ReportLanguage;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Job parameters from command-line values, and what an ingest run did, for the summary. */
@Component
public class Deliveries {

    private static final String EXECUTIONS = IngestedFiles.EXECUTIONS;

    private final JdbcTemplate jdbc;

    /** Kinds this build has a step for; files of other recognised kinds are listed as not loaded yet. */
    private final java.util.Set<InputKind> loadedKinds;

    public Deliveries(JdbcTemplate jdbc, List<nl.metrokaart.ingest.IngestStep> steps) {
        this.jdbc = jdbc;
        this.loadedKinds = steps.stream().map(nl.metrokaart.ingest.IngestStep::kind).collect(java.util.stream.Collectors.toSet());
    }

    public static JobParametersBuilder ingestParameters(Delivery delivery) {
        return new JobParametersBuilder()
                .addString(IngestJobConfiguration.DELIVERY, delivery.folder().toString())
                .addString(IngestJobConfiguration.FINGERPRINT, delivery.fingerprint());
    }

    public static JobParametersBuilder reportParameters(JobParametersBuilder builder, YearMonth month, ReportLanguage language, Path out) {
        return builder
                .addString(MonthlyReportJobConfiguration.MONTH, month.toString())
                .addString(MonthlyReportJobConfiguration.LANG, language.name().toLowerCase(java.util.Locale.ROOT))
                .addString(MonthlyReportJobConfiguration.OUT, out.toAbsolutePath().normalize().toString());
    }

    /** What an ingest (or run) did, for the terminal: per file what loaded, then the report if one was written. */
    public void print(java.io.PrintWriter out, Delivery delivery, org.springframework.batch.core.job.JobExecution execution) {
        out.println("Ingested " + delivery.folder() + " (run " + execution.getId() + "):");
        summary(execution).forEach(out::println);
        notLoadedYet(delivery).forEach(out::println);
        if (execution.getExecutionContext().containsKey(nl.metrokaart.reportjobs.MonthlyReportTasklet.WORKBOOK)) {
            out.println("Wrote " + execution.getExecutionContext().getString(nl.metrokaart.reportjobs.MonthlyReportTasklet.WORKBOOK));
        }
    }

    /** Lines describing each file the job execution looked at: read, loaded, rejected, and the first rejects. */
    public List<String> summary(org.springframework.batch.core.job.JobExecution execution) {
        // All executions of the job instance: a resumed run reports the files its failed attempt loaded too.
        long instance = execution.getJobInstance().getInstanceId();
        List<String> lines = new java.util.ArrayList<>(jdbc.query(
                "SELECT file_name, kind, rows_read, rows_loaded, rows_rejected FROM ingested_file WHERE job_execution_id IN (" + EXECUTIONS + ") ORDER BY file_name",
                (rs, i) -> rs.getString(2).equals(InputKind.UNRECOGNISED.code())
                        ? String.format("  %-34s not recognised, not loaded (see status --rejects)", rs.getString(1))
                        : String.format("  %-34s %-16s read %,d  loaded %,d  rejected %,d", rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                instance));
        List<String> rejects = jdbc.query(
                "SELECT r.file_name, r.line, r.column_name, r.reason FROM reject r JOIN ingested_file f USING (sha256) "
                        + "WHERE f.job_execution_id IN (" + EXECUTIONS + ") AND r.line IS NOT NULL ORDER BY r.file_name, r.line LIMIT 5",
                (rs, i) -> String.format("    %s line %d%s: %s", rs.getString(1), rs.getLong(2),
                        rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")", rs.getString(4)),
                instance);
        lines.addAll(jdbc.query(
                "SELECT file_name, kind FROM refused_file WHERE job_execution_id IN (" + EXECUTIONS + ") ORDER BY file_name",
                (rs, i) -> String.format("  %-34s %-16s REFUSED, nothing of it loaded (reason below)", rs.getString(1), rs.getString(2)),
                instance));
        lines.addAll(sameContent(execution));
        if (!rejects.isEmpty()) {
            lines.add("  First rejects (all of them: ./metrokaart status --rejects):");
            lines.addAll(rejects);
        }
        return lines;
    }

    /**
     * Files of the delivery with the same bytes as another of its files: the first (by name) is
     * loaded, a copy is skipped (its rows would count twice); said here so that it is not silent.
     */
    List<String> sameContent(org.springframework.batch.core.job.JobExecution execution) {
        String folder = execution.getJobParameters().getString(IngestJobConfiguration.DELIVERY);
        if (folder == null || !java.nio.file.Files.isDirectory(Path.of(folder))) {
            return List.of();
        }
        java.util.Map<String, List<String>> bySha = new java.util.LinkedHashMap<>();
        Delivery.scan(Path.of(folder)).files().stream()
                .filter(f -> f.kind() != InputKind.UNRECOGNISED)
                .sorted(java.util.Comparator.comparing(Delivery.DeliveryFile::relativeName))
                .forEach(f -> bySha.computeIfAbsent(f.sha256() + "\t" + f.kind().code(), k -> new java.util.ArrayList<>()).add(f.relativeName()));
        List<String> lines = new java.util.ArrayList<>();
        bySha.forEach((key, names) -> {
            if (names.size() < 2) {
                return;
            }
            String sha = key.substring(0, key.indexOf('\t'));
            // The one the ledger holds was loaded; the others were skipped as copies of it.
            String loaded = jdbc.queryForList("SELECT file_name FROM ingested_file WHERE sha256 = ?", String.class, sha).stream()
                    .filter(names::contains).findFirst().orElse(names.get(0));
            names.stream().filter(n -> !n.equals(loaded)).forEach(n -> lines.add(String.format(
                    "  %-34s %-16s same content as %s, skipped", n, key.substring(key.indexOf('\t') + 1), loaded)));
        });
        return lines;
    }

    /** Files the delivery holds of kinds this version does not load yet. */
    public List<String> notLoadedYet(Delivery delivery) {
        return delivery.files().stream()
                .filter(f -> !loadedKinds.contains(f.kind()))
                .map(f -> String.format("  %-34s %-16s not loaded: this version does not read %s yet", f.relativeName(), f.kind().code(), f.kind().code()))
                .toList();
    }
}
