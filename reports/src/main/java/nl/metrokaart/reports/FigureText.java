package nl.metrokaart.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * A figure as text, for output that is not a spreadsheet (the PDF board pack): the same number
 * formats as the workbook's cells (WorkbookStyles) in the report's language, and a hidden figure
 * as the same mark ({@code <5}, –, ×).
 */
public final class FigureText {

    private final ReportLanguage language;
    private final int minGroupSize;

    public FigureText(ReportLanguage language, int minGroupSize) {
        this.language = language;
        this.minGroupSize = minGroupSize;
    }

    public String format(Figure figure) {
        if (figure == null) {
            return "";
        }
        if (figure.isHidden()) {
            return switch (figure.hidden()) {
                case SMALL_COUNT -> language.text("suppressed.small", minGroupSize);
                case SMALL_BASE -> language.text("suppressed.base");
                default -> language.text("suppressed.other");
            };
        }
        if (figure.value() == null) {
            return "";
        }
        // Excel's third section (zero) is not Java's: pick it by hand.
        String[] sections = WorkbookStyles.numberFormat(figure.format()).split(";");
        String pattern = sections.length == 3 && figure.value() == 0 ? sections[2]
                : sections.length >= 2 ? sections[0] + ";" + sections[1] : sections[0];
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(language.locale()));
        return format.format(figure.value()) + (figure.isProvisional() ? "*" : "");
    }
}
