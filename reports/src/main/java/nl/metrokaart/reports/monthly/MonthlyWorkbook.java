package nl.metrokaart.reports.monthly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.DefinitionsSheet;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.MetrokaartPicture;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportWriter;
import nl.metrokaart.reports.Suppression;
import nl.metrokaart.reports.Targets;
import nl.metrokaart.reports.WrittenReport;
import nl.metrokaart.reports.board.BoardPack;
import nl.metrokaart.reports.board.BoardSheet;
import nl.metrokaart.reports.board.MetrokaartPage;
import nl.metrokaart.reports.board.TargetsSheet;

/** The board's Maandrapportage: a summary, then one sheet per theme, with its charts also as PNG files. */
public final class MonthlyWorkbook {

    /** The terms the definitions sheet explains, in its order. */
    public static final List<String> TERMS = List.of("participant", "occupancy", "band_status", "active_run", "trend", "reach",
            "mkb", "new_company", "completion", "badges", "badge_rate", "acceptance_rate", "certificate", "current_level",
            "skill_gap", "at_target", "unrated", "funnel", "conversion", "window", "days_to_convert", "company_conversion",
            "year_to_date", "change", "data_up_to", "rejects", "privacy", "privacy_board");

    /** What the coaches sheets (monthly and impact) need explained. */
    public static final List<String> COACH_TERMS = List.of("coach", "coach_companies", "coach_reached", "coach_hours", "coach_unknown",
            "coach_outcome");

    private MonthlyWorkbook() {
    }

    /** The leercultuurscan's terms, explained when the catalogue configures a scan. */
    public static final List<String> LEERCULTUUR_TERMS = List.of("leercultuur_scan", "leercultuur_score", "leercultuur_change",
            "leercultuur_distribution", "leercultuur_conversion");

    public static WrittenReport write(MonthlyReport report, ReportLanguage language, Path outDir) {
        return write(report, Leercultuur.none(), language, outDir);
    }

    /** With the leercultuurscan's sheet, before the data quality sheets, when the catalogue configures a scan. */
    public static WrittenReport write(MonthlyReport report, Leercultuur leercultuur, ReportLanguage language, Path outDir) {
        return write(report, leercultuur, Targets.none(), language, outDir, false);
    }

    /**
     * The workbook with the board page first and, when the catalogue sets targets, plan against
     * actual after the summary; with {@code pdf} also the board pack as PDF beside it.
     */
    public static WrittenReport write(MonthlyReport report, Leercultuur leercultuur, Targets targets, ReportLanguage language,
                                      Path outDir, boolean pdf) {
        return write(report, leercultuur, targets, null, language, outDir, pdf);
    }

    /**
     * The same, with the month's metrokaart as the board pack's last page when {@code map} is given
     * (its stations' participants pass the workbook's privacy rule; the workbook gets no sheet for it).
     */
    public static WrittenReport write(MonthlyReport report, Leercultuur leercultuur, Targets targets, MetrokaartPicture map,
                                      ReportLanguage language, Path outDir, boolean pdf) {
        String base = language.text("file.monthly", report.month().toString());
        BoardSheet board = new BoardSheet(report, targets, language);
        List<ReportSheet> sheets = new ArrayList<>(List.of(
                board,
                new SummarySheet(report, language),
                new OccupancySheet(report, language),
                new TrendSheet(report, language),
                new SkillsSheet(report, language),
                new SkillsPerCompanySheet(report, language),
                new FunnelSheet(report, language),
                new ConversionSheet(report, language),
                new BadgesSheet(report, language),
                new CertificatesSheet(report, language)));
        if (targets.any()) {
            sheets.add(2, new TargetsSheet(targets, false, language.text("targets.subtitle.monthly",
                    language.monthName(report.month()), language.day(report.reportDate())), language));
        }
        boolean coaching = !report.coaching().isEmpty();
        if (coaching) {
            sheets.add(new CoachesSheet(report, language));
        }
        if (leercultuur.configured()) {
            sheets.add(new LeercultuurSheet(leercultuur, report, language));
        }
        sheets.add(new DataQualitySheet(report.dataQuality(), language));
        sheets.add(new RejectsSheet(report.dataQuality(), language));
        sheets.add(new DefinitionsSheet(targetTerms(terms(TERMS, coaching, leercultuur), targets), language, report.minGroupSize(),
                report.conversionWindowMonths(), TargetsSheet.percent(targets.attentionBelow()), TargetsSheet.percent(targets.behindBelow())));
        if (pdf && map != null) {
            sheets.add(new MetrokaartPage(map, report.minGroupSize()));
        }
        // The board sees counts of people, but never a rate over fewer than k nor one company's people.
        ReportWriter.protect(sheets, Suppression.board(report.minGroupSize()));
        List<ReportSheet.Chart> charts = new ArrayList<>();
        WrittenReport written = ReportWriter.write(sheets, language, report.minGroupSize(), outDir, base, charts);
        if (!pdf) {
            return written;
        }
        return written.withPdf(BoardPack.monthly(board, sheets, charts, language, report.minGroupSize(),
                outDir.resolve(base + ".pdf")));
    }

    /**
     * The terms of a workbook: with the coaches' and the leercultuurscan's when it shows those
     * sheets, before the privacy terms that close the list.
     */
    public static List<String> terms(List<String> terms, boolean coaching, Leercultuur leercultuur) {
        List<String> all = new ArrayList<>(terms);
        int closing = all.indexOf("privacy");
        if (leercultuur.configured()) {
            all.addAll(closing, LEERCULTUUR_TERMS);
        }
        if (coaching) {
            all.addAll(closing, COACH_TERMS);
        }
        return all;
    }

    /** The targets' terms, before the privacy terms, when the catalogue sets targets. */
    public static List<String> targetTerms(List<String> terms, Targets targets) {
        if (!targets.any()) {
            return terms;
        }
        List<String> all = new ArrayList<>(terms);
        all.addAll(all.indexOf("privacy"), List.of("target", "target_status"));
        return all;
    }

}
