package nl.metrokaart.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** The board's Maandrapportage: a summary, then one sheet per theme, with its charts also as PNG files. */
public final class MonthlyWorkbook {

    /** The terms the definitions sheet explains, in its order. */
    static final List<String> TERMS = List.of("participant", "occupancy", "band_status", "active_run", "trend", "reach",
            "mkb", "new_company", "completion", "badges", "badge_rate", "acceptance_rate", "certificate", "current_level",
            "skill_gap", "at_target", "unrated", "funnel", "conversion", "window", "days_to_convert", "company_conversion",
            "year_to_date", "change", "data_up_to", "rejects", "privacy", "privacy_board");

    /** What the coaches sheets (monthly and impact) need explained. */
    static final List<String> COACH_TERMS = List.of("coach", "coach_companies", "coach_reached", "coach_hours", "coach_unknown",
            "coach_outcome");

    private MonthlyWorkbook() {
    }

    public static WrittenReport write(MonthlyReport report, ReportLanguage language, Path outDir) {
        String base = language.text("file.monthly", report.month().toString());
        List<ReportSheet> sheets = new ArrayList<>(List.of(
                new SummarySheet(report, language),
                new OccupancySheet(report, language),
                new TrendSheet(report, language),
                new SkillsSheet(report, language),
                new SkillsPerCompanySheet(report, language),
                new FunnelSheet(report, language),
                new ConversionSheet(report, language),
                new BadgesSheet(report, language),
                new CertificatesSheet(report, language)));
        List<String> terms = TERMS;
        if (!report.coaching().isEmpty()) {
            sheets.add(new CoachesSheet(report, language));
            terms = withCoachTerms(TERMS);
        }
        sheets.add(new DataQualitySheet(report.dataQuality(), language));
        sheets.add(new RejectsSheet(report.dataQuality(), language));
        sheets.add(new DefinitionsSheet(terms, language, report.minGroupSize(), report.conversionWindowMonths()));
        // The board sees counts of people, but never a rate over fewer than k nor one company's people.
        ReportWriter.protect(sheets, Suppression.board(report.minGroupSize()));
        return ReportWriter.write(sheets, language, report.minGroupSize(), outDir, base);
    }

    /** The definitions of the coaches sheet, before the privacy terms that close the list. */
    static List<String> withCoachTerms(List<String> terms) {
        List<String> all = new ArrayList<>(terms);
        all.addAll(all.indexOf("privacy"), COACH_TERMS);
        return all;
    }

    static String monthName(YearMonth month, ReportLanguage language) {
        return month.getMonth().getDisplayName(TextStyle.FULL, language.locale()) + " " + month.getYear();
    }

    static String day(LocalDate date, ReportLanguage language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
    }
}
