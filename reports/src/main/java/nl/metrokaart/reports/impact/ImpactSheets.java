package nl.metrokaart.reports.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/** What the sheets of the impact report share: their columns (the quarters, then the period) and their layout. */
public final class ImpactSheets {

    public static final int HEADER_ROW = 3;

    private ImpactSheets() {
    }

    public static List<String> periodHeaders(ImpactReport report, ReportLanguage language) {
        List<String> headers = new ArrayList<>();
        for (LocalDate quarter : report.quarters()) {
            headers.add(quarter(quarter, language));
        }
        headers.add(language.text("impact.whole_period"));
        return headers;
    }

    public static String quarter(LocalDate quarter, ReportLanguage language) {
        return language.text("impact.quarter", (quarter.getMonthValue() - 1) / 3 + 1, String.valueOf(quarter.getYear()));
    }

    /** The column of a row's quarter (null: the whole period, the last column). */
    public static int column(ImpactReport report, LocalDate quarter) {
        return quarter == null ? report.quarters().size() : report.quarters().indexOf(quarter);
    }

    /**
     * One figure per period from rows keyed by quarter; a period without a row gets {@code absent}
     * (a count of 0: nothing happened), so that quarters still add up to the period.
     */
    public static <T> Figure[] perPeriod(ImpactReport report, List<T> rows, Function<T, LocalDate> quarter, Function<T, Figure> figure,
                                  java.util.function.Supplier<Figure> absent) {
        Figure[] values = new Figure[report.quarters().size() + 1];
        for (T row : rows) {
            int c = column(report, quarter.apply(row));
            if (c >= 0) {
                values[c] = figure.apply(row);
            }
        }
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null && absent != null) {
                values[c] = absent.get();
            }
        }
        return values;
    }

    public static String period(ImpactReport report, ReportLanguage language) {
        return language.text("impact.period", language.monthName(report.from()), language.monthName(report.to()));
    }

    /** Title, subtitle, the table, its note and the privacy legend; returns the row below them. */
    public static int write(ReportWorkbook book, Sheet sheet, ImpactReport report, String title, String subtitle, ReportTable table,
                     String note) {
        book.title(sheet, title, subtitle);
        int lastColumn = Math.min(table.headers().size() - 1, 9);
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, note, Math.max(lastColumn, 6));
        return book.privacyNote(sheet, row, Math.max(lastColumn, 6));
    }
}
