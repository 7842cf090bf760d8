package nl.metrokaart.reportjobs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.WrittenReport;
import nl.metrokaart.reports.impact.ImpactWorkbook;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the Impactrapportage for the job's period; the workbook's path goes into the job's context. */
public class ImpactReportTasklet implements Tasklet {

    private final ImpactReportQueries queries;
    private final LeercultuurQueries leercultuur;
    private final TargetQueries targets;

    public ImpactReportTasklet(ImpactReportQueries queries, LeercultuurQueries leercultuur, TargetQueries targets) {
        this.queries = queries;
        this.leercultuur = leercultuur;
        this.targets = targets;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
        YearMonth from = YearMonth.parse(String.valueOf(parameters.get(ImpactReportJobConfiguration.FROM)));
        YearMonth to = YearMonth.parse(String.valueOf(parameters.get(ImpactReportJobConfiguration.TO)));
        ReportLanguage language = ReportLanguage.of(String.valueOf(parameters.get(MonthlyReportJobConfiguration.LANG)));
        Path out = Path.of(String.valueOf(parameters.get(MonthlyReportJobConfiguration.OUT)));
        var report = queries.impact(from, to);
        // the scan as it stands at the end of the period (not per quarter)
        var scan = leercultuur.at(report.end(), report.minGroupSize(), report.conversionWindowMonths());
        boolean pdf = "true".equals(String.valueOf(parameters.get(MonthlyReportJobConfiguration.PDF)));
        WrittenReport written = ImpactWorkbook.write(report, scan, targets.impact(from, to), language, out, pdf);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(MonthlyReportTasklet.WORKBOOK, written.workbook().toString());
        if (written.pdf() != null) {
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(MonthlyReportTasklet.PDF, written.pdf().toString());
        }
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
