package nl.metrokaart.ingest.assessments;

import java.util.Locale;

import nl.metrokaart.ingest.CsvFileLoader;
import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.ingest.FileLoader;
import nl.metrokaart.ingest.InputKind;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Assessments come as a long CSV or as a survey workbook (.xlsx). Each is staged in the same long
 * shape by its own reader, then checked and merged by the same SQL
 * ({@code assessments-checked.sql}, {@code assessments-merge.sql}), so a rule holds for both.
 */
public class AssessmentsLoader implements FileLoader {

    private final CsvFileLoader csv;
    private final SurveyStaging survey;
    private final JdbcTemplate jdbc;

    AssessmentsLoader(CsvFileLoader csv, SurveyStaging survey, JdbcTemplate jdbc) {
        this.csv = csv;
        this.survey = survey;
        this.jdbc = jdbc;
    }

    @Override
    public InputKind kind() {
        return InputKind.ASSESSMENTS;
    }

    @Override
    public Counts load(DeliveryFile file) {
        AssessmentTerms.createTempTable(jdbc);
        Counts counts = file.relativeName().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? csv.checkAndMerge(file, survey.stage(file, csv.stagedTable()))
                : csv.load(file);
        jdbc.execute("DROP TABLE IF EXISTS assessment_term");
        return counts;
    }
}
