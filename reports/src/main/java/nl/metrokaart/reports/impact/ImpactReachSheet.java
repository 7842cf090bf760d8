package nl.metrokaart.reports.impact;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.PeriodGrid;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reach per quarter and over the period: participants, companies, mkb companies and the mkb
 * share, in total and split by size class, sector, region and new or returning company. The
 * participants of a split's values add up to all participants, so complementary suppression
 * protects every split.
 */
final class ImpactReachSheet implements ReportSheet {

    static final List<String> SPLITS = List.of("totaal", "grootteklasse", "sector", "regio", "bedrijf");
    private static final List<String> SIZE_CLASSES = List.of("micro", "klein", "middel", "groot", "onbekend");

    private final ImpactReport report;
    private final ReportLanguage language;
    private final PeriodGrid grid;
    private Figure[] participants;
    private Figure[] companies;
    private Figure[] mkbCompanies;
    private Figure[] mkbShare;

    ImpactReachSheet(ImpactReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.grid = new PeriodGrid("Bereik", List.of(language.text("col.split"), language.text("col.split_value"), language.text("col.measure")),
                List.of(16, 26, 18), ImpactSheets.periodHeaders(report, language));
        int totalRow = -1;
        for (String split : SPLITS) {
            List<String> values = report.reach().stream().filter(r -> r.split().equals(split)).map(ImpactReport.Reach::value).distinct()
                    .sorted(split.equals("grootteklasse") ? java.util.Comparator.comparingInt(SIZE_CLASSES::indexOf)
                            : java.util.Comparator.naturalOrder()).toList();
            List<Integer> participantRows = new ArrayList<>();
            for (String value : values) {
                List<ImpactReport.Reach> rows = report.reach().stream().filter(r -> r.split().equals(split) && r.value().equals(value)).toList();
                String shownValue = split.equals("grootteklasse") || split.equals("bedrijf") || split.equals("totaal")
                        || value.equals("onbekend") ? language.text("reach.value." + value) : value;
                List<Object> labels = List.of(language.text("reach.split." + split), shownValue);
                Figure[] people = ImpactSheets.perPeriod(report, rows, ImpactReport.Reach::quarter, r -> Figure.people(r.participants()),
                        () -> Figure.people(0));
                Figure[] firms = ImpactSheets.perPeriod(report, rows, ImpactReport.Reach::quarter, r -> Figure.count(r.companies()),
                        () -> Figure.count(0));
                Figure[] mkb = ImpactSheets.perPeriod(report, rows, ImpactReport.Reach::quarter, r -> Figure.count(r.mkbCompanies()),
                        () -> Figure.count(0));
                // a share of companies, not of people
                Figure[] share = ImpactSheets.perPeriod(report, rows, ImpactReport.Reach::quarter,
                        r -> Figure.value(r.mkbShare(), Format.PERCENT), null);
                int row = grid.row(with(labels, language.text("measure.participants")), people);
                grid.row(with(labels, language.text("measure.companies")), firms);
                grid.row(with(labels, language.text("measure.mkb_companies")), mkb);
                grid.row(with(labels, language.text("measure.mkb_share")), share);
                participantRows.add(row);
                if (split.equals("totaal")) {
                    totalRow = row;
                    participants = people;
                    companies = firms;
                    mkbCompanies = mkb;
                    mkbShare = share;
                }
            }
            if (!split.equals("totaal") && totalRow >= 0) {
                grid.rowsAddUp(participantRows, totalRow);
            }
        }
        if (participants == null) {
            Figure[] none = new Figure[report.quarters().size() + 1];
            participants = none;
            companies = none;
            mkbCompanies = none;
            mkbShare = none;
        }
    }

    private static List<Object> with(List<Object> labels, String measure) {
        List<Object> all = new ArrayList<>(labels);
        all.add(measure);
        return all;
    }

    Figure[] participants() {
        return participants;
    }

    Figure[] companies() {
        return companies;
    }

    Figure[] mkbCompanies() {
        return mkbCompanies;
    }

    Figure[] mkbShare() {
        return mkbShare;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(grid.table());
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.reach"));
        ImpactSheets.write(book, sheet, report, language.text("reach.title"), ImpactSheets.period(report, language), grid.table(),
                language.text("reach.note"));
        return List.of();
    }
}
