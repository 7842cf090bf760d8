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

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Skill gaps per company: every figure here is about the people of one company, so each follows
 * the privacy rule in the board's report too. Companies with fewer than k participants would
 * show nothing but marks and are left out (their number is given).
 */
final class SkillsPerCompanySheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final ReportTable table;
    private final int skillCount;
    private final long leftOut;
    private final long shown;
    private final long beyondCap;

    SkillsPerCompanySheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        Map<String, String> skillNames = new TreeMap<>();
        report.gapsByCompany().forEach(g -> skillNames.put(g.skillCode(), g.skillName()));
        List<String> skills = new ArrayList<>(skillNames.keySet());
        this.skillCount = skills.size();
        int k = report.minGroupSize();
        this.leftOut = report.companyParticipants().values().stream().filter(n -> n < k).count();
        // The query sends the skills of the companies it shows only (the most participants first, up to a cap).
        this.shown = report.gapsByCompany().stream().map(SkillGap::groupCode).distinct()
                .filter(c -> report.companyParticipants().getOrDefault(c, 0L) >= k).count();
        this.beyondCap = report.companyParticipants().values().stream().filter(n -> n >= k).count() - shown;

        this.table = new ReportTable("SkillsPerBedrijf")
                .column(language.text("col.kvk"), 11)
                .column(language.text("col.company"), 32)
                .column(language.text("col.participants"), 12);
        for (String skill : skills) {
            table.column(language.text("col.gap_of", skill), 11);
        }
        for (String skill : skills) {
            table.column(language.text("col.at_target_of", skill), 12);
        }
        for (String skill : skills) {
            table.column(language.text("col.unrated_of", skill), 13);
        }
        // Rows arrive grouped by company (the query orders them so).
        Map<String, SkillGap> ofCompany = new LinkedHashMap<>();
        String current = null;
        String name = null;
        for (SkillGap gap : report.gapsByCompany()) {
            if (!gap.groupCode().equals(current)) {
                addRow(current, name, ofCompany, skills, k);
                ofCompany.clear();
                current = gap.groupCode();
                name = gap.groupName();
            }
            ofCompany.put(gap.skillCode(), gap);
        }
        addRow(current, name, ofCompany, skills, k);
        if (!skills.isEmpty()) {
            table.heat(3, 2 + skills.size());
        }
    }

    private void addRow(String company, String name, Map<String, SkillGap> gaps, List<String> skills, int k) {
        if (company == null) {
            return;
        }
        long participants = report.companyParticipants().getOrDefault(company, 0L);
        if (participants < k) {
            return;
        }
        Object[] cells = new Object[3 + 3 * skills.size()];
        cells[0] = company;
        cells[1] = name;
        cells[2] = Figure.people(participants).ofOneCompany();
        for (int s = 0; s < skills.size(); s++) {
            SkillGap gap = gaps.get(skills.get(s));
            if (gap == null) {
                continue;
            }
            cells[3 + s] = Figure.rate(gap.meanGap(), gap.rated(), Format.DECIMAL2);
            cells[3 + skills.size() + s] = Figure.rate(gap.atTargetShare(), gap.rated(), Format.PERCENT);
            cells[3 + 2 * skills.size() + s] = Figure.people(gap.unrated()).ofOneCompany();
        }
        table.row(cells);
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.skills_company"));
        book.title(sheet, language.text("skills_company.title"), language.text("skills_company.subtitle",
                report.minGroupSize(), leftOut));
        int lastColumn = Math.max(6, 2 + 3 * skillCount);
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("skills_company.note", report.minGroupSize()), Math.min(lastColumn, 12));
        if (beyondCap > 0) {
            row = book.note(sheet, row, language.text("skills_company.capped", shown, beyondCap, report.minGroupSize()),
                    Math.min(lastColumn, 12));
        }
        book.privacyNote(sheet, row, Math.min(lastColumn, 12));
        return List.of();
    }
}
