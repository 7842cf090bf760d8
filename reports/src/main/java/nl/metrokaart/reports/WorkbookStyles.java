package nl.metrokaart.reports;

import java.util.EnumMap;
import java.util.HashMap;
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
 * The one place for a workbook's look, of every report and export: fonts, number formats and
 * status colours (band statuses, opleidingsplan statuses). Formats are
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
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle month;
    private final CellStyle note;
    private final CellStyle wrapped;
    private final CellStyle suppressed;
    private final CellStyle emphasis;
    private final CellStyle lineNote;
    private final CellStyle columnName;
    private final CellStyle isoDate;
    private final CellStyle isoDateTime;
    private final Map<BandStatus, CellStyle> bandStatus = new EnumMap<>(BandStatus.class);
    private final Map<Figure.Format, CellStyle> figures = new EnumMap<>(Figure.Format.class);
    private final Map<Figure.Format, CellStyle> provisional = new EnumMap<>(Figure.Format.class);
    private final Map<TrainingPlan.Status, CellStyle> planStatus = new EnumMap<>(TrainingPlan.Status.class);
    /** Styles made on first use: the board tiles' and the target statuses'. */
    private final Map<String, CellStyle> onDemand = new HashMap<>();

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
        this.percent = style(null, "0.0%");
        this.date = style(null, dateFormat);
        this.dateTime = style(null, dateFormat + " hh:mm");
        this.month = style(null, (language == ReportLanguage.NL ? "[$-413]" : "[$-809]") + "mmm yyyy");
        this.note = style(font(9, false), null);
        this.note.setWrapText(true);
        this.note.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        this.wrapped = style(null, null);
        this.wrapped.setWrapText(true);
        this.wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        this.emphasis = style(font(11, true), null);
        this.lineNote = style(font(10, false), null);
        this.columnName = style(font(11, true), null);
        this.isoDate = style(null, "yyyy-mm-dd");
        this.isoDateTime = style(null, "yyyy-mm-dd hh:mm:ss");
        XSSFFont grey = (XSSFFont) font(10, false);
        grey.setItalic(true);
        grey.setColor(new XSSFColor(new byte[]{(byte) 0x70, (byte) 0x70, (byte) 0x70}, null));
        this.suppressed = style(grey, null);
        this.suppressed.setAlignment(HorizontalAlignment.RIGHT);
        for (Figure.Format format : Figure.Format.values()) {
            figures.put(format, style(null, numberFormat(format)));
            XSSFFont italic = (XSSFFont) font(11, false);
            italic.setItalic(true);
            // A provisional figure keeps its number (still a number) and carries a star.
            provisional.put(format, style(italic, java.util.Arrays.stream(numberFormat(format).split(";"))
                    .map(section -> section + "\"*\"").collect(java.util.stream.Collectors.joining(";"))));
        }
        for (BandStatus status : BandStatus.values()) {
            XSSFCellStyle s = (XSSFCellStyle) style(font(11, status == BandStatus.OVERBOEKT || status == BandStatus.ONDER_MINIMUM), null);
            s.setFillForegroundColor(new XSSFColor(BandColours.light(status), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setBorderBottom(BorderStyle.HAIR);
            bandStatus.put(status, s);
        }
        planStatus.put(TrainingPlan.Status.GAP, fill(new byte[]{(byte) 0xF7, (byte) 0xCD, (byte) 0xC0}, true));
        planStatus.put(TrainingPlan.Status.AT_TARGET, fill(new byte[]{(byte) 0xC9, (byte) 0xE2, (byte) 0xD4}, false));
        planStatus.put(TrainingPlan.Status.NOT_RATED, fill(new byte[]{(byte) 0xE4, (byte) 0xE4, (byte) 0xE4}, false));
    }

    public CellStyle title() { return title; }
    public CellStyle subtitle() { return subtitle; }
    public CellStyle header() { return header; }
    public CellStyle text() { return text; }
    /** For text from the data that a spreadsheet could take for a formula (=, +, -, @). */
    public CellStyle literalText() { return literalText; }
    public CellStyle percent() { return percent; }
    public CellStyle date() { return date; }
    public CellStyle dateTime() { return dateTime; }
    public CellStyle month() { return month; }
    public CellStyle note() { return note; }
    public CellStyle bandStatus(BandStatus status) { return bandStatus.get(status); }
    /** A number hidden for privacy: its mark ({@code <5}, –, ×) in grey. */
    public CellStyle suppressed() { return suppressed; }
    public CellStyle emphasis() { return emphasis; }
    /** A note on one line, left to run on over the empty cells beside it (never wrapped: rows do not grow by themselves). */
    public CellStyle lineNote() { return lineNote; }
    /** A column name above data an analyst filters (query results): bold, not wrapped. */
    public CellStyle columnName() { return columnName; }
    /** Dates in data an analyst filters and sorts: ISO, the same in every language. */
    public CellStyle isoDate() { return isoDate; }
    public CellStyle isoDateTime() { return isoDateTime; }
    /** An opleidingsplan status in its colour: a gap in bold. */
    public CellStyle planStatus(TrainingPlan.Status status) { return planStatus.get(status); }
    /** Text wrapped within its column (long explanations). */
    public CellStyle wrapped() { return wrapped; }

    /** The style of a figure's number; a provisional one is italic with a star. */
    public CellStyle figure(Figure.Format format, boolean isProvisional) {
        return (isProvisional ? provisional : figures).get(format);
    }

    public static String numberFormat(Figure.Format format) {
        return switch (format) {
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0.0";
            case DECIMAL2 -> "#,##0.00";
            case PERCENT -> "0.0%";
            case SIGNED_INTEGER -> "+#,##0;-#,##0;0";
            case SIGNED_DECIMAL2 -> "+#,##0.00;-#,##0.00;0.00";
            case PERCENT_POINTS -> "+0.0%;-0.0%;0.0%";
        };
    }

    /** A tile of a one-page overview: its size, bold or not, a number format (null: text), a rule above; left-aligned. */
    public CellStyle tile(int points, boolean bold, String format, boolean ruleAbove) {
        return onDemand.computeIfAbsent("tile/" + points + "/" + bold + "/" + format + "/" + ruleAbove, k -> {
            CellStyle style = style(font(points, bold), format);
            style.setAlignment(HorizontalAlignment.LEFT);
            if (ruleAbove) {
                style.setBorderTop(BorderStyle.MEDIUM);
            }
            return style;
        });
    }

    /**
     * A target's status in its colour ({@link TargetFigures#colour}, lightened so text stays
     * readable): centred in the Doelen sheet's status column, small and left-aligned under a tile.
     */
    public CellStyle targetStatus(String status, boolean onTile) {
        return onDemand.computeIfAbsent("status/" + status + "/" + onTile, k -> {
            XSSFCellStyle style = (XSSFCellStyle) style(onTile ? font(9, false) : null, null);
            java.awt.Color c = TargetFigures.colour(status);
            style.setFillForegroundColor(new XSSFColor(new byte[]{tint(c.getRed()), tint(c.getGreen()), tint(c.getBlue())}, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(onTile ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
            return style;
        });
    }

    private static byte tint(int channel) {
        return (byte) (channel + (255 - channel) * 0.6);
    }

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

    private CellStyle fill(byte[] rgb, boolean bold) {
        XSSFCellStyle style = (XSSFCellStyle) style(font(11, bold), null);
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
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
