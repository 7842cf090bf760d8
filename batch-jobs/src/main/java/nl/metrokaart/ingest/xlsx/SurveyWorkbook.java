package nl.metrokaart.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the sheets of an .xlsx through POI's event API, so a survey export of any size is read
 * in constant memory, with every cell as plain text: a date cell as its ISO date, a number
 * without rounding or grouping (3.0 becomes "3"), text as typed. The leercultuurscan reads its
 * workbooks through it too.
 */
public final class SurveyWorkbook {

    /** Gives the handler for each sheet in turn; null skips the sheet. */
    public interface Sheets {
        SheetContentsHandler next(String sheetName);
    }

    private SurveyWorkbook() {
    }

    public static void read(Path file, Sheets sheets) throws IOException, OpenXML4JException, SAXException, XmlException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            DataFormatter text = new PlainCellText(date1904(reader));
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    SheetContentsHandler handler = sheets.next(it.getSheetName());
                    if (handler != null) {
                        parse(sheet, new XSSFSheetXMLHandler(styles, null, strings, handler, text, false));
                    }
                }
            }
        }
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler) throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (SheetRows.StopReading enough) {
            // the sheet said all it had to say
        } catch (SAXException e) {
            // A handler's own exception may come back wrapped by the parser: give it back as thrown.
            if (e.getException() instanceof SheetRows.StopReading) {
                return;
            }
            if (e.getException() instanceof RuntimeException own) {
                throw own;
            }
            throw e;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser for reading workbooks", e);
        }
    }

    /** Whether dates count from 1904 (old Mac workbooks); a day number means another date then. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
            return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
        }
    }

    /**
     * Cell text as the checks read it. A cell formatted as a date (or date and time) becomes its
     * ISO date, whatever display format the author chose (3/1/26 is ambiguous, 2026-03-01 is not);
     * any other number is written out in full.
     */
    static final class PlainCellText extends DataFormatter {

        private final boolean date1904;

        PlainCellText(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
