package nl.metrokaart.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The plan's first sheet: the company, the plan in a few numbers, how to read it, and the metrokaart. */
final class PlanOverviewSheet {

    /** The picture's scale in the sheet: the 1600 px wide PNG shows about 1000 px wide. */
    static final double PICTURE_SCALE = 0.62;

    private PlanOverviewSheet() {
    }

    /** {@code scan}: the company's latest leercultuurscan, in one line under the key figures when the catalogue configures one. */
    static void write(XSSFWorkbook workbook, WorkbookStyles styles, PlanStyles planStyles, TrainingPlan plan, Leercultuur scan,
                      ReportLanguage language, byte[] map) {
        XSSFSheet sheet = workbook.createSheet(language.text("plan.sheet.overview"));
        String company = plan.companyName() == null || plan.companyName().isBlank() ? plan.companyKvk() : plan.companyName();
        Sheets.text(sheet, 0, 0, language.text("plan.title", company), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.text(sheet, 1, 0, plan.pps(), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.text(sheet, 2, 0, language.text("plan.kvk"), styles);
        Sheets.text(sheet, 2, 1, plan.companyKvk(), styles);
        Sheets.text(sheet, 3, 0, language.text("plan.date"), styles);
        Sheets.date(sheet, 3, 1, plan.date(), styles);

        int row = 5;
        Sheets.headers(sheet, row++, List.of(language.text("summary.kpi"), language.text("summary.value")), styles);
        List<TrainingPlan.SkillGap> gaps = plan.gaps();
        long employees = gaps.stream().mapToInt(TrainingPlan.SkillGap::employee).distinct().count();
        row = kpi(sheet, row, language.text("plan.kpi.employees"), employees, styles);
        row = kpi(sheet, row, language.text("plan.kpi.skills"), gaps.size(), styles);
        for (TrainingPlan.Status status : TrainingPlan.Status.values()) {
            row = kpi(sheet, row, language.text("plan.kpi.status", language.text(status.messageKey())),
                    gaps.stream().filter(g -> g.status() == status).count(), styles);
        }
        row = kpi(sheet, row, language.text("plan.kpi.without_suggestion"),
                gaps.stream().filter(g -> g.status() != TrainingPlan.Status.AT_TARGET && g.suggested().isEmpty()).count(), styles);
        row = kpi(sheet, row, language.text("plan.kpi.modules"), plan.modules().size(), styles);
        if (scan.configured()) {
            Sheets.text(sheet, row, 0, language.text("lc.plan.kpi"), styles);
            LeercultuurScore latest = scan.scores().isEmpty() ? null : scan.scores().get(0);
            Sheets.text(sheet, row++, 1, latest == null ? language.text("lc.plan.kpi.none") : language.text("lc.plan.kpi.scan",
                    latest.scanId(), MonthlyWorkbook.day(latest.scanDate(), language), String.valueOf(latest.scanRespondents())), styles);
        }

        row++;
        for (String key : List.of("plan.note.employee", "plan.note.level", "plan.note.suggestion", "plan.note.not_rated",
                "plan.note.privacy")) {
            Sheets.text(sheet, row, 0, language.text(key), styles);
            Sheets.cell(sheet, row++, 0).setCellStyle(planStyles.note());
        }
        Sheets.widths(sheet, 58, 16, 12, 12, 12, 12, 12, 12, 12, 12);
        if (map != null && plan.picture() != null) {
            row++;
            Sheets.text(sheet, row, 0, language.text("plan.map.caption",
                    MetrokaartMap.period(plan.picture().from(), plan.picture().to(), language)), styles);
            Sheets.cell(sheet, row, 0).setCellStyle(styles.subtitle());
            picture(workbook, sheet, map, row + 1);
        }
    }

    /**
     * Places the PNG at its own aspect ratio, scaled, from column A of {@code row}: the anchor's
     * far corner is found by walking the columns' and rows' pixel sizes (POI's resize() needs
     * the image's fonts and DPI and came out zero wide here).
     */
    static void picture(XSSFWorkbook workbook, XSSFSheet sheet, byte[] png, int row) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png, 16, 8);
        double width = header.getInt() * PICTURE_SCALE;
        double height = header.getInt() * PICTURE_SCALE;
        int col2 = 0;
        while (width > sheet.getColumnWidthInPixels(col2)) {
            width -= sheet.getColumnWidthInPixels(col2++);
        }
        int row2 = row;
        while (height > rowHeightInPixels(sheet, row2)) {
            height -= rowHeightInPixels(sheet, row2++);
        }
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, (int) Math.round(width * Units.EMU_PER_PIXEL),
                (int) Math.round(height * Units.EMU_PER_PIXEL), 0, row, col2, row2);
        anchor.setAnchorType(org.apache.poi.ss.usermodel.ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        sheet.createDrawingPatriarch().createPicture(anchor, workbook.addPicture(png, XSSFWorkbook.PICTURE_TYPE_PNG));
    }

    private static double rowHeightInPixels(XSSFSheet sheet, int row) {
        float points = sheet.getRow(row) != null ? sheet.getRow(row).getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
        return points * Units.PIXEL_DPI / Units.POINT_DPI;
    }

    private static int kpi(XSSFSheet sheet, int row, String label, long value, WorkbookStyles styles) {
        Sheets.text(sheet, row, 0, label, styles);
        Sheets.number(sheet, row, 1, value, styles.integer());
        return row + 1;
    }

    static String date(TrainingPlan plan, ReportLanguage language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(plan.date());
    }
}
