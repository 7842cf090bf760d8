package nl.metrokaart.reportjobs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import nl.metrokaart.history.RunHistory;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.WrittenReport;
import nl.metrokaart.reports.monthly.MonthlyWorkbook;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the Maandrapportage for the job's month; the workbook's path goes into the job's context. */
public class MonthlyReportTasklet implements Tasklet {

    public static final String WORKBOOK = RunHistory.WORKBOOK;
    /** The board pack's path in the job's context, when one was asked for. */
    public static final String PDF = "pdf";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MonthlyReportTasklet.class);

    private final MonthlyReportQueries queries;
    private final LeercultuurQueries leercultuur;
    private final TargetQueries targets;
    private final MetrokaartMapQueries map;

    public MonthlyReportTasklet(MonthlyReportQueries queries, LeercultuurQueries leercultuur, TargetQueries targets,
                                MetrokaartMapQueries map) {
        this.queries = queries;
        this.leercultuur = leercultuur;
        this.targets = targets;
        this.map = map;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
        YearMonth month = YearMonth.parse(String.valueOf(parameters.get(MonthlyReportJobConfiguration.MONTH)));
        ReportLanguage language = ReportLanguage.of(String.valueOf(parameters.get(MonthlyReportJobConfiguration.LANG)));
        Path out = Path.of(String.valueOf(parameters.get(MonthlyReportJobConfiguration.OUT)));
        long start = System.nanoTime();
        var warm = nl.metrokaart.reports.charts.Warmup.start();
        var report = queries.monthly(month);
        var scan = leercultuur.at(report.reportDate(), report.minGroupSize(), report.conversionWindowMonths());
        var plan = targets.monthly(month);
        boolean pdf = "true".equals(String.valueOf(parameters.get(MonthlyReportJobConfiguration.PDF)));
        // The board pack ends with the month's metrokaart (models rpt_map_lijn and rpt_map_station).
        var picture = pdf ? map.picture(month.atDay(1), month.atEndOfMonth(), java.util.Set.of()) : null;
        warm.join();
        long read = System.nanoTime();
        WrittenReport written = MonthlyWorkbook.write(report, scan, plan, picture, language, out, pdf);
        LOG.info("monthly report {}: marts read in {} ms, workbook and charts written in {} ms", month,
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(WORKBOOK, written.workbook().toString());
        if (written.pdf() != null) {
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(PDF, written.pdf().toString());
        }
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
