package nl.metrokaart.reports.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.PeriodGrid;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Things earned per quarter and per code, with their totals both ways: badges issued per
 * nanomodule, or certificates earned per certificate. Every count is of people's badges or
 * certificates and protected; quarters add up to the period and codes to the total.
 */
final class ImpactCountedSheet implements ReportSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final String sheetKey;
    private final String titleKey;
    private final String noteKey;
    private final PeriodGrid grid;
    private final Figure[] total;

    ImpactCountedSheet(ImpactReport report, ReportLanguage language, List<ImpactReport.Counted> counted, String tableName,
                       String sheetKey, String titleKey, String noteKey, String codeHeaderKey, String nameHeaderKey, String totalKey) {
        this.report = report;
        this.language = language;
        this.sheetKey = sheetKey;
        this.titleKey = titleKey;
        this.noteKey = noteKey;
        this.grid = new PeriodGrid(tableName, List.of(language.text(codeHeaderKey), language.text(nameHeaderKey)), List.of(12, 40),
                ImpactSheets.periodHeaders(report, language));
        List<String> codes = counted.stream().map(ImpactReport.Counted::code).filter(Objects::nonNull).distinct().sorted().toList();
        List<Integer> members = new ArrayList<>();
        for (String code : codes) {
            List<ImpactReport.Counted> rows = counted.stream().filter(c -> code.equals(c.code())).toList();
            String name = rows.stream().map(ImpactReport.Counted::name).filter(Objects::nonNull).findFirst().orElse("");
            int row = grid.row(List.of(code, name), ImpactSheets.perPeriod(report, rows, ImpactReport.Counted::quarter,
                    c -> Figure.people(c.count()), () -> Figure.people(0)));
            grid.quartersAddUp(row);
            members.add(row);
        }
        List<ImpactReport.Counted> all = counted.stream().filter(c -> c.code() == null).toList();
        int totalRow = grid.row(List.of(language.text(totalKey), ""), ImpactSheets.perPeriod(report, all, ImpactReport.Counted::quarter,
                c -> Figure.people(c.count()), () -> Figure.people(0)));
        grid.quartersAddUp(totalRow);
        grid.rowsAddUp(members, totalRow);
        this.total = grid.values(totalRow);
    }

    Figure[] total() {
        return total;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(grid.table());
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text(sheetKey));
        ImpactSheets.write(book, sheet, report, language.text(titleKey), ImpactSheets.period(report, language), grid.table(),
                language.text(noteKey));
        return List.of();
    }
}
