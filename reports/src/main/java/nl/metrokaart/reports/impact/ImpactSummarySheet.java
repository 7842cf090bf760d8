package nl.metrokaart.reports.impact;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.SourceFreshness;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The funder's first sheet: the headline figures per quarter and for the period. Each is the same
 * figure as on its own sheet (the same instance), so privacy hides it here exactly when it hides it there.
 */
final class ImpactSummarySheet implements ReportSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final ReportTable table;
    private final ReportTable sources;

    ImpactSummarySheet(ImpactReport report, ReportLanguage language, ImpactReachSheet reach, ImpactCompletionSheet completion,
                       ImpactCountedSheet badges, ImpactCountedSheet certificates, ImpactGainSheet gain, ImpactConversionSheet conversion) {
        this.report = report;
        this.language = language;
        this.table = new ReportTable("Kerncijfers").column(language.text("summary.kpi"), 52);
        for (String header : ImpactSheets.periodHeaders(report, language)) {
            table.column(header, 13);
        }
        row("impact.kpi.participants", reach.participants());
        row("impact.kpi.companies", reach.companies());
        row("impact.kpi.mkb_companies", reach.mkbCompanies());
        row("impact.kpi.mkb_share", reach.mkbShare());
        row("impact.kpi.runs_ended", completion.runs());
        row("impact.kpi.participants_of_runs", completion.participants());
        row("impact.kpi.completed", completion.completed());
        row("impact.kpi.completion_rate", completion.rate());
        row("impact.kpi.badges", badges.total());
        row("impact.kpi.certificates", certificates.total());
        row("impact.kpi.mean_gain", gain.mean());
        row("impact.kpi.converted", conversion.converted());
        row("impact.kpi.conversion_rate", conversion.rate());
        this.sources = new ReportTable("BronnenImpact")
                .column(language.text("col.source"), 52)
                .column(language.text("col.data_up_to"), 16)
                .column(language.text("col.rows"), 16);
        for (SourceFreshness source : report.sources()) {
            sources.row(language.text("source." + source.source()), source.dataUpTo(), Figure.count(source.rows()));
        }
    }

    private void row(String key, Figure[] values) {
        List<Object> cells = new ArrayList<>();
        cells.add(language.text(key));
        cells.addAll(java.util.Arrays.asList(values));
        table.row(cells.toArray());
    }

    @Override
    public List<ReportTable> tables() {
        // The figures belong to the other sheets' tables, where their lines are declared.
        return List.of(table, sources);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.summary"));
        book.title(sheet, language.text("impact.title", ImpactSheets.period(report, language)), report.pps());
        int lastColumn = Math.max(4, report.quarters().size() + 1);
        int row = book.table(sheet, ImpactSheets.HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("impact.note", report.minGroupSize(), report.conversionWindowMonths()), lastColumn);
        row = book.privacyNote(sheet, row, lastColumn);
        book.table(sheet, row + 1, sources, false);
        return List.of();
    }
}
