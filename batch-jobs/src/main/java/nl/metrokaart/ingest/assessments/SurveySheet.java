package nl.metrokaart.ingest.assessments;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.metrokaart.ingest.CsvColumns;
import nl.metrokaart.ingest.xlsx.SheetRows;


/**
 * One sheet of an assessments workbook, row by row as POI streams it: finds the header row
 * (a title above it is allowed), then turns every row below into assessments in the long shape.
 * A wide row gives one assessment per filled skill cell; an empty cell is no assessment.
 * Moment and source: a skill column's header, else the row's moment/source column, else the
 * file name, else (in the checks) the defaults tussentijds and self.
 */
final class SurveySheet extends SheetRows {

    /** Rows searched for the header; a sheet without one so high up holds no assessments. */
    static final int HEADER_SEARCH_ROWS = 20;

    private final String name;
    private final CsvColumns aliases;
    private final List<String> skillCodes;
    private final MomentAndSource fromFileName;
    /** Where the assessments go; null when this sheet is only looked at for a header. */
    private final Consumer<StagedAssessment> out;
    private SurveyLayout layout;

    SurveySheet(String name, CsvColumns aliases, List<String> skillCodes, MomentAndSource fromFileName, Consumer<StagedAssessment> out) {
        this.name = name;
        this.aliases = aliases;
        this.skillCodes = skillCodes;
        this.fromFileName = fromFileName;
        this.out = out;
    }

    String name() {
        return name;
    }

    Optional<SurveyLayout> layout() {
        return Optional.ofNullable(layout);
    }

    @Override
    public void endRow(int rowNum) {
        int line = rowNum + 1;  // the row number the spreadsheet shows
        if (layout == null) {
            lookForHeader(line);
        } else if (!cells.isEmpty()) {
            unpivot(line);
        }
    }

    private void lookForHeader(int line) {
        if (line > HEADER_SEARCH_ROWS) {
            throw new StopReading();
        }
        if (cells.isEmpty()) {
            return;
        }
        try {
            layout = SurveyLayout.read(line, cells, aliases, skillCodes).orElse(null);
            if (layout != null && out != null) {
                layout.checkComplete(cells);
                layout.checkDistinct(fromFileName);
            }
        } catch (IllegalArgumentException unclear) {
            throw new IllegalArgumentException("sheet '" + name + "', " + unclear.getMessage());
        }
        if (layout != null && out == null) {
            throw new StopReading();
        }
    }

    private void unpivot(int line) {
        String email = at("participant_email");
        String day = at("assessed_on");
        MomentAndSource general = new MomentAndSource(at("moment"), at("source")).orElse(fromFileName);
        if (layout.isLong()) {
            if (email != null || at("skill_code") != null || at("level") != null || day != null) {
                out.accept(new StagedAssessment(line, email, at("skill_code"), at("level"), day, general.moment(), general.source()));
            }
            return;
        }
        for (SurveyLayout.SkillColumn skill : layout.skills()) {
            String level = cells.get(skill.index());
            if (level != null) {
                MomentAndSource holds = skill.stated().orElse(general);
                out.accept(new StagedAssessment(line, email, skill.skillCode(), level, day, holds.moment(), holds.source()));
            }
        }
    }

    private String at(String canonical) {
        Integer index = layout.columns().get(canonical);
        return index == null ? null : cells.get(index);
    }
}
