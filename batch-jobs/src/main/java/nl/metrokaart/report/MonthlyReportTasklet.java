package nl.metrokaart.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import nl.metrokaart.reports.MonthlyWorkbook;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.WrittenReport;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the Maandrapportage for the job's month; the workbook's path goes into the job's context. */
public class MonthlyReportTasklet implements Tasklet {

    public static final String WORKBOOK = "workbook";

    private final MonthlyReportQueries queries;

    public MonthlyReportTasklet(MonthlyReportQueries queries) {
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
        YearMonth month = YearMonth.parse(String.valueOf(parameters.get(MonthlyReportJobConfiguration.MONTH)));
        ReportLanguage language = ReportLanguage.of(String.valueOf(parameters.get(MonthlyReportJobConfiguration.LANG)));
        Path out = Path.of(String.valueOf(parameters.get(MonthlyReportJobConfiguration.OUT)));
        WrittenReport written = MonthlyWorkbook.write(queries.monthly(month), language, out);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(WORKBOOK, written.workbook().toString());
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
