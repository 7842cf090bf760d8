package nl.metrokaart.reports;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The opleidingsplan's own cell styles, beside the shared {@link WorkbookStyles}: the status fills. */
final class PlanStyles {

    private final Map<TrainingPlan.Status, CellStyle> status = new EnumMap<>(TrainingPlan.Status.class);

    private final CellStyle note;

    PlanStyles(XSSFWorkbook workbook) {
        note = workbook.createCellStyle();
        XSSFFont small = workbook.createFont();
        small.setFontName("Calibri");
        small.setFontHeightInPoints((short) 10);
        note.setFont(small);
        status.put(TrainingPlan.Status.GAP, fill(workbook, new byte[]{(byte) 0xF7, (byte) 0xCD, (byte) 0xC0}, true));
        status.put(TrainingPlan.Status.AT_TARGET, fill(workbook, new byte[]{(byte) 0xC9, (byte) 0xE2, (byte) 0xD4}, false));
        status.put(TrainingPlan.Status.NOT_RATED, fill(workbook, new byte[]{(byte) 0xE4, (byte) 0xE4, (byte) 0xE4}, false));
    }

    /** A note on one line, left to run on over the empty cells beside it (never wrapped: rows do not grow by themselves). */
    CellStyle note() {
        return note;
    }

    CellStyle status(TrainingPlan.Status s) {
        return status.get(s);
    }

    private static CellStyle fill(XSSFWorkbook workbook, byte[] rgb, boolean bold) {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) 11);
        font.setBold(bold);
        style.setFont(font);
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }
}
