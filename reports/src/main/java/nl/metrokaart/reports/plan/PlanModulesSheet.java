package nl.metrokaart.reports.plan;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.TrainingPlan;

import org.apache.poi.ss.usermodel.Sheet;

/** Per suggested module: how many of the company's employees it would help, and with which skills. */
public final class PlanModulesSheet implements ReportSheet {

    public static final int HEADER_ROW = 3;

    private final ReportLanguage language;
    private final ReportTable table;

    public PlanModulesSheet(TrainingPlan plan, ReportLanguage language) {
        this.language = language;
        this.table = new ReportTable("Modules")
                .column(language.text("plan.col.module"), 10)
                .column(language.text("plan.col.title"), 40)
                .column(language.text("plan.col.module_lijnen"), 16)
                .column(language.text("plan.col.hours"), 9)
                .column(language.text("plan.col.skills"), 26)
                .column(language.text("plan.col.employees_helped"), 16)
                .column(language.text("plan.col.gaps_closed"), 16)
                .column(language.text("plan.col.not_rated"), 16);
        for (TrainingPlan.ModuleUse module : plan.modules()) {
            table.row(module.moduleCode(), module.title(),
                    module.lijnen().isEmpty() ? language.text("plan.no_lijn") : String.join(", ", module.lijnen()),
                    Figure.value(module.hours(), Figure.Format.DECIMAL), String.join(", ", module.skills()),
                    Figure.count(module.employees()), Figure.count(module.gapsClosed()), Figure.count(module.notRated()));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("plan.sheet.modules"));
        book.title(sheet, language.text("plan.modules.title"), language.text("plan.modules.subtitle"));
        book.table(sheet, HEADER_ROW, table, true);
        return List.of();
    }
}
