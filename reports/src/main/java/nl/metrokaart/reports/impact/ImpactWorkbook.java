package nl.metrokaart.reports.impact;

import java.nio.file.Path;
import java.util.List;

import nl.metrokaart.reports.DefinitionsSheet;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportWriter;
import nl.metrokaart.reports.Suppression;
import nl.metrokaart.reports.Targets;
import nl.metrokaart.reports.WrittenReport;
import nl.metrokaart.reports.board.BoardPack;
import nl.metrokaart.reports.board.TargetsSheet;
import nl.metrokaart.reports.monthly.MonthlyWorkbook;

/**
 * The funder's Impactrapportage: reach, completion, badges, certificates, learning gain and
 * conversion over a programme period, per quarter. Aggregated only, no company named, and every
 * count of people protected (funder suppression), with its charts also as PNG files.
 */
public final class ImpactWorkbook {

    static final List<String> TERMS = List.of("participant", "reach", "mkb", "new_company", "completion", "badges", "certificate",
            "learning_gain", "conversion", "window", "company_conversion", "quarter", "data_up_to", "privacy", "privacy_funder");

    private ImpactWorkbook() {
    }

    public static WrittenReport write(ImpactReport report, ReportLanguage language, Path outDir) {
        return write(report, Leercultuur.none(), language, outDir);
    }

    /** With the leercultuurscan's sheet, after conversion, when the catalogue configures a scan. */
    public static WrittenReport write(ImpactReport report, Leercultuur leercultuur, ReportLanguage language, Path outDir) {
        return write(report, leercultuur, Targets.none(), language, outDir, false);
    }

    /**
     * With plan against actual per quarter after the summary when the catalogue sets targets; with
     * {@code pdf} also the funder's pack as PDF beside it (the overview page, plan against actual, then the charts).
     * The workbook opens with the funder's one-page overview.
     */
    public static WrittenReport write(ImpactReport report, Leercultuur leercultuur, Targets targets, ReportLanguage language,
                                      Path outDir, boolean pdf) {
        String base = language.text("file.impact", report.from().toString(), report.to().toString());
        ImpactReachSheet reach = new ImpactReachSheet(report, language);
        ImpactCompletionSheet completion = new ImpactCompletionSheet(report, language);
        ImpactCountedSheet badges = new ImpactCountedSheet(report, language, report.badges(), "BadgesKwartaal", "sheet.badges",
                "impact_badges.title", "impact_badges.note", "col.module", "col.module_title", "impact.all_modules");
        ImpactCountedSheet certificates = new ImpactCountedSheet(report, language, report.certificates(), "CertificatenKwartaal",
                "sheet.certificates", "impact_certificates.title", "impact_certificates.note", "col.certificate", "col.certificate_name",
                "impact.all_certificates");
        ImpactGainSheet gain = new ImpactGainSheet(report, language);
        ImpactConversionSheet conversion = new ImpactConversionSheet(report, language);
        List<ReportSheet> sheets = new java.util.ArrayList<>(List.of(
                new ImpactSummarySheet(report, language, reach, completion, badges, certificates, gain, conversion),
                reach, completion, badges, certificates, gain, conversion));
        if (targets.any()) {
            sheets.add(1, new TargetsSheet(targets, true, language.text("targets.subtitle.impact",
                    language.day(report.start()), language.day(report.end())), language));
        }
        // The funder's one page first, from the same figures as the summary and the theme sheets.
        ImpactOverviewSheet overview = new ImpactOverviewSheet(report, targets, language, reach, completion, badges, certificates, gain,
                conversion);
        sheets.add(0, overview);
        boolean coaching = !report.coaching().isEmpty();
        if (coaching) {
            sheets.add(new ImpactCoachesSheet(report, language));
        }
        if (leercultuur.configured()) {
            sheets.add(new ImpactLeercultuurSheet(leercultuur, report, language));
        }
        sheets.add(new DefinitionsSheet(MonthlyWorkbook.targetTerms(MonthlyWorkbook.terms(TERMS, coaching, leercultuur), targets),
                language, report.minGroupSize(), report.conversionWindowMonths(),
                TargetsSheet.percent(targets.attentionBelow()), TargetsSheet.percent(targets.behindBelow())));
        ReportWriter.protect(sheets, Suppression.funder(report.minGroupSize()));
        List<ReportSheet.Chart> charts = new java.util.ArrayList<>();
        WrittenReport written = ReportWriter.write(sheets, language, report.minGroupSize(), outDir, base, charts);
        if (!pdf) {
            return written;
        }
        String title = language.text("impact.pdf.title", language.day(report.start()), language.day(report.end()));
        return written.withPdf(BoardPack.impact(overview, title, report.pps(), sheets, charts, language, report.minGroupSize(),
                outDir.resolve(base + ".pdf")));
    }
}
