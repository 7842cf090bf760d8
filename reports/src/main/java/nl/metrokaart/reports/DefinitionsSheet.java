package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

/** Every number of the report in plain words (docs/domain.md section 4), and the privacy rule. */
public final class DefinitionsSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final ReportLanguage language;
    private final ReportTable table;

    public DefinitionsSheet(List<String> terms, ReportLanguage language, int minGroupSize, int windowMonths) {
        this(terms, language, minGroupSize, windowMonths, new Object[0]);
    }

    /** With further arguments for the texts, from {2} on (the thresholds of the target status). */
    public DefinitionsSheet(List<String> terms, ReportLanguage language, int minGroupSize, int windowMonths, Object... more) {
        this.language = language;
        this.table = new ReportTable("Definities")
                .column(language.text("col.term"), 34)
                .column(language.text("col.meaning"), 100)
                .wrap(0)
                .wrap(1);
        for (String term : terms) {
            Object[] arguments = new Object[2 + more.length];
            arguments[0] = minGroupSize;
            arguments[1] = windowMonths;
            System.arraycopy(more, 0, arguments, 2, more.length);
            table.row(language.text("def." + term + ".name"), language.text("def." + term + ".text", arguments));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.definitions"));
        book.title(sheet, language.text("definitions.title"), language.text("definitions.subtitle"));
        book.table(sheet, HEADER_ROW, table, true);
        return List.of();
    }
}
