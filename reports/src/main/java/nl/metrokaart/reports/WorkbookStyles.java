package nl.metrokaart.reports;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one place for a workbook's look: fonts, number formats and status colours. Formats are
 * Excel number formats, so numbers stay numbers and the spreadsheet program shows them with
 * the reader's separators; dates carry a language code so month names follow the report.
 */
public final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle literalText;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle note;
    private final Map<BandStatus, CellStyle> bandStatus = new EnumMap<>(BandStatus.class);

    public WorkbookStyles(XSSFWorkbook workbook, ReportLanguage language) {
        this.workbook = workbook;
        String dateFormat = (language == ReportLanguage.NL ? "[$-413]" : "[$-809]") + "d mmm yyyy";
        this.title = style(font(16, true), null);
        this.subtitle = style(font(11, false), null);
        this.header = style(font(11, true), null);
        this.header.setWrapText(true);
        this.text = style(null, null);
        this.literalText = style(null, null);
        this.literalText.setQuotePrefixed(true);
        this.integer = style(null, "#,##0");
        this.decimal = style(null, "#,##0.0");
        this.percent = style(null, "0.0%");
        this.date = style(null, dateFormat);
        this.note = style(font(9, false), null);
        this.note.setWrapText(true);
        for (BandStatus status : BandStatus.values()) {
            XSSFCellStyle s = (XSSFCellStyle) style(font(11, status == BandStatus.OVERBOEKT || status == BandStatus.ONDER_MINIMUM), null);
            s.setFillForegroundColor(new XSSFColor(BandColours.light(status), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setBorderBottom(BorderStyle.HAIR);
            bandStatus.put(status, s);
        }
    }

    public CellStyle title() { return title; }
    public CellStyle subtitle() { return subtitle; }
    public CellStyle header() { return header; }
    public CellStyle text() { return text; }
    /** For text from the data that a spreadsheet could take for a formula (=, +, -, @). */
    public CellStyle literalText() { return literalText; }
    public CellStyle integer() { return integer; }
    public CellStyle decimal() { return decimal; }
    public CellStyle percent() { return percent; }
    public CellStyle date() { return date; }
    public CellStyle note() { return note; }
    public CellStyle bandStatus(BandStatus status) { return bandStatus.get(status); }

    private CellStyle style(Font font, String format) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    private Font font(int points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }
}
