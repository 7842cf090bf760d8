package nl.metrokaart.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** enrolments.csv: one row per participant per session, session by session, run by run. */
final class EnrolmentWriter implements Closeable {

    static final String[] HEADER = {"enrolment_id", "run_code", "lijn_code", "module_code", "session_date",
        "participant_email", "participant_name", "company_kvk", "role", "status", "attendance"};

    private final CsvWriter csv;
    private final List<Participant> people;
    private final List<Company> companies;
    private long nextId = 1;

    EnrolmentWriter(Path file, List<Participant> people, List<Company> companies) throws IOException {
        this.csv = new CsvWriter(file, HEADER);
        this.people = people;
        this.companies = companies;
    }

    void write(Cohort cohort, Attendance[][] attendance) throws IOException {
        Run run = cohort.run();
        for (int s = 0; s < run.sessions().size(); s++) {
            String module = run.modules().get(s).code();
            String date = run.sessions().get(s).toString();
            for (int m = 0; m < cohort.members().length; m++) {
                Participant p = people.get(cohort.members()[m]);
                Attendance a = attendance[m][s];
                csv.padded('E', nextId++, 7).plain(run.code()).plain(run.lijn().code()).plain(module).plain(date)
                        .plain(p.email()).text(p.name()).plain(companies.get(p.company()).kvk())
                        .plain(p.role().label()).plain(a.status).plain(a.attendance);
                csv.endRow();
            }
        }
    }

    long rows() {
        return csv.rows();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
