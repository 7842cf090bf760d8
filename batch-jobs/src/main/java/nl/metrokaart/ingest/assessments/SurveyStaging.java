package nl.metrokaart.ingest.assessments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import nl.metrokaart.ingest.CsvColumns;
import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.ingest.FileRejectedException;
import nl.metrokaart.ingest.xlsx.SurveyWorkbook;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.util.RecordFormatException;
import org.apache.xmlbeans.XmlException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xml.sax.SAXException;

/**
 * Stages an assessments workbook (.xlsx) in the long shape the CSV is staged in, unpivoting a wide
 * survey export on the way, so that one set of checks judges both. The data is the first sheet
 * with a recognisable header; a second such sheet is refused rather than silently left out.
 * A workbook that cannot be read as a whole is refused before anything reaches the warehouse
 * (only the temp staging table may have rows by then).
 */
final class SurveyStaging {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CsvColumns aliases;

    SurveyStaging(JdbcTemplate jdbc, DataSource dataSource, CsvColumns aliases) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.aliases = aliases;
    }

    /** Stages the workbook's assessments in temp table {@code table}; returns how many. */
    long stage(DeliveryFile file, String table) {
        List<String> skillCodes = jdbc.queryForList("SELECT skill_code FROM skill ORDER BY skill_code", String.class);
        List<SurveySheet> sheets = new ArrayList<>();
        try (StagedAssessments staged = StagedAssessments.create(jdbc, dataSource, table)) {
            MomentAndSource fromFileName = MomentAndSource.named(AssessmentTerms.words(baseName(file)), "the file name");
            SurveyWorkbook.read(file.path(), sheetName -> {
                boolean dataFound = sheets.stream().anyMatch(s -> s.layout().isPresent());
                // Once the data sheet is read, later sheets are only looked at for a header of their own.
                SurveySheet sheet = new SurveySheet(sheetName, aliases, skillCodes, fromFileName, dataFound ? null : staged::add);
                sheets.add(sheet);
                return sheet;
            });
            List<String> holding = sheets.stream().filter(s -> s.layout().isPresent()).map(s -> "'" + s.name() + "'").toList();
            if (holding.isEmpty()) {
                throw new FileRejectedException(file.relativeName(), "no sheet has a header row (in its first " + SurveySheet.HEADER_SEARCH_ROWS
                        + " rows) with skill codes from metrokaart.yaml as column names (" + String.join(", ", skillCodes.subList(0, Math.min(3, skillCodes.size())))
                        + ", ...), nor skill_code and level columns");
            }
            if (holding.size() > 1) {
                throw new FileRejectedException(file.relativeName(), "the sheets " + String.join(" and ", holding) + " both hold assessments; "
                        + "deliver one sheet per file (its name can carry the moment and source, e.g. assessments-exit-coach.xlsx)");
            }
            return staged.rows();
        } catch (IOException | OpenXML4JException | SAXException | XmlException | POIXMLException | OpenXML4JRuntimeException
                 | UnsupportedFileFormatException | EncryptedDocumentException | RecordFormatException unreadable) {
            throw new FileRejectedException(file.relativeName(), "cannot be read as an Excel workbook (.xlsx; is it password-protected, "
                    + "or another kind of file renamed?): " + unreadable.getMessage());
        } catch (IllegalArgumentException unclear) {
            // our own words about the header or file name (POI's unreadable-file exceptions are caught above)
            throw new FileRejectedException(file.relativeName(), unclear.getMessage());
        }
    }

    private static String baseName(DeliveryFile file) {
        String name = Path.of(file.relativeName()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
