package nl.metrokaart.reports.monthly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.SkillGap;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.HeatMapChart;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Skill gaps at the report date as a heat map: one row per skill, per lijn its mean gap
 * (coloured), the share at or above target and the unrated participants; and the heat map as a chart.
 */
final class SkillsSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private java.util.concurrent.CompletableFuture<byte[]> chart;
    private final ReportTable table;
    /** The mean-gap figures per skill (rows) and lijn (columns), null where the lijn's profile lacks the skill. */
    private final Figure[][] gaps;
    private final List<String> skills = new ArrayList<>();
    private final List<String> lijnen;

    SkillsSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        Map<String, String> skillNames = new TreeMap<>();
        report.gapsByLijn().forEach(g -> skillNames.put(g.skillCode(), g.skillName()));
        skills.addAll(skillNames.keySet());
        this.lijnen = report.gapsByLijn().stream().map(SkillGap::groupCode).distinct().sorted().toList();
        Map<String, SkillGap> byKey = new LinkedHashMap<>();
        report.gapsByLijn().forEach(g -> byKey.put(g.skillCode() + "\u0000" + g.groupCode(), g));

        this.table = new ReportTable("SkillsPerLijn")
                .column(language.text("col.skill"), 10)
                .column(language.text("col.skill_name"), 40);
        for (String lijn : lijnen) {
            table.column(language.text("col.gap_of", lijn), 10);
        }
        for (String lijn : lijnen) {
            table.column(language.text("col.at_target_of", lijn), 11);
        }
        for (String lijn : lijnen) {
            table.column(language.text("col.unrated_of", lijn), 12);
        }
        this.gaps = new Figure[skills.size()][lijnen.size()];
        for (int s = 0; s < skills.size(); s++) {
            String skill = skills.get(s);
            Object[] cells = new Object[2 + 3 * lijnen.size()];
            cells[0] = skill;
            cells[1] = skillNames.get(skill);
            for (int l = 0; l < lijnen.size(); l++) {
                SkillGap gap = byKey.get(skill + "\u0000" + lijnen.get(l));
                if (gap == null) {
                    continue;
                }
                gaps[s][l] = Figure.rate(gap.meanGap(), gap.rated(), Format.DECIMAL2);
                cells[2 + l] = gaps[s][l];
                cells[2 + lijnen.size() + l] = Figure.rate(gap.atTargetShare(), gap.rated(), Format.PERCENT);
                cells[2 + 2 * lijnen.size() + l] = Figure.people(gap.unrated());
            }
            table.row(cells);
        }
        if (!lijnen.isEmpty()) {
            table.heat(2, 1 + lijnen.size());
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        if (!skills.isEmpty()) {
            chart = ReportSheet.draw(() -> HeatMapChart.png(skills, lijnen, gaps, language.text("chart.skills.title", date(report)),
                    language.text("chart.lijn"), language));
        }
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.skills"));
        book.title(sheet, language.text("skills.title"), language.text("skills.subtitle", date(report)));
        int lastColumn = Math.max(5, 1 + 3 * lijnen.size());
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("skills.note"), lastColumn);
        if (table.anyHidden()) {
            row = book.privacyNote(sheet, row, lastColumn);
        }
        if (skills.isEmpty()) {
            return List.of();
        }
        byte[] png = chart.join();
        book.picture(sheet, png, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.skills"), png));
    }

    private String date(MonthlyReport report) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(report.reportDate());
    }
}
