package nl.metrokaart.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.metrokaart.TestDelivery;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LMS exports (Canvas SIS import files, Moodle user uploads, ESCO skill lists) in a delivery. The
 * first test uses small files of our own in each shape, so any clone checks it; the second the
 * published files beside the repository, skipped when a clone lacks them.
 *
 * <p>Published LMS exports (Canvas SIS import files, Moodle user uploads, ESCO skill lists) dropped
 * into a delivery: each is loaded, refused with its reason, or reported as not recognised, and
 * the job never crashes. The files are read from the shared folder, never copied into the repository.
 */
class RealExportsTest {

    @Test
    void lmsShapedFilesOfOurOwnAreRefusedOrReportedWithAReason(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = Files.createDirectories(temp.resolve("delivery"));
        TestDelivery.withSampleCatalogue(delivery);
        // Canvas SIS import headers, a Moodle user upload and an ESCO skill list, with made-up rows.
        Files.createDirectories(delivery.resolve("canvas"));
        Files.writeString(delivery.resolve("canvas/enrollments.csv"),
                "course_id,user_id,role,section_id,status\nC-101,u01,student,S-1,active\nC-101,u02,student,S-1,active\n");
        Files.writeString(delivery.resolve("canvas/users.csv"),
                "user_id,login_id,first_name,last_name,email,status\nu01,anna01,Anna,Jansen,anna@voorbeeld.example,active\n");
        Files.writeString(delivery.resolve("upload_users.csv"),
                "username;password;firstname;lastname;email;course1\njan;Welkom01!;Jan;Smit;jan@voorbeeld.example;SM101\n");
        Files.writeString(delivery.resolve("skillsCollection_en.csv"),
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel\nKnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,skill,transversal,think critically\n");

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
        assertThat(result.err()).doesNotContain("Unexpected error").doesNotContain("\tat ");
        assertThat(workspace.strings("SELECT file_name FROM ingested_file UNION ALL SELECT file_name FROM refused_file"))
                .contains("canvas/enrollments.csv", "canvas/users.csv", "upload_users.csv", "skillsCollection_en.csv");
        assertThat(workspace.strings("SELECT file_name || ': ' || reason FROM refused_file ORDER BY file_name"))
                .contains("canvas/enrollments.csv: the columns enrolment_id, run_code, lijn_code, module_code, session_date, "
                        + "participant_email are missing (found: course_id, user_id, role, section_id, status). Rename the header, "
                        + "or add the name your tool uses as an alias in application.yml (metrokaart.ingest.aliases.enrolments.enrolment_id).");
        assertThat(workspace.strings("SELECT r.reason FROM reject r JOIN ingested_file f USING (sha256) WHERE f.file_name = 'canvas/users.csv'"))
                .singleElement().asString().startsWith("not recognised as an input");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isZero();
    }

    @Test
    void lmsExportsAreRefusedOrReportedWithAReasonAndNothingCrashes(@TempDir Path temp) throws Exception {
        Workspace.assumeRealExports();
        Workspace workspace = new Workspace(temp);
        Path delivery = Files.createDirectories(temp.resolve("delivery"));
        TestDelivery.withSampleCatalogue(delivery);
        List<Path> exports;
        try (Stream<Path> files = Files.walk(Workspace.REAL_EXPORTS)) {
            exports = files.filter(Files::isRegularFile)
                    .filter(f -> Stream.of("canvas", "moodle", "esco").anyMatch(folder -> f.getParent().getFileName().toString().equals(folder)))
                    .toList();
        }
        assertThat(exports).as("the shared real exports").hasSizeGreaterThan(20);
        for (Path export : exports) {
            Path target = delivery.resolve(Workspace.REAL_EXPORTS.relativize(export).toString());
            Files.createDirectories(target.getParent());
            Files.copy(export, target);
        }

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
        assertThat(result.err()).doesNotContain("Unexpected error").doesNotContain("\tat ");
        List<String> accounted = workspace.strings("""
                SELECT file_name FROM ingested_file UNION ALL SELECT file_name FROM refused_file""");
        for (Path export : exports) {
            String name = Workspace.REAL_EXPORTS.relativize(export).toString();
            assertThat(accounted).as("%s is accounted for", name).contains(name);
        }
        // Enrolment-like exports are recognised as such and refused for what they lack.
        assertThat(workspace.strings("SELECT file_name || ': ' || reason FROM refused_file ORDER BY file_name"))
                .contains("canvas/enrollments.csv: the columns enrolment_id, run_code, lijn_code, module_code, session_date, "
                        + "participant_email are missing (found: course_id, user_id, role, section_id, status). Rename the header, "
                        + "or add the name your tool uses as an alias in application.yml (metrokaart.ingest.aliases.enrolments.enrolment_id).");
        assertThat(result.err()).contains("canvas/enrollments.csv");
        // The others are reported as not recognised, with what to do about it.
        assertThat(workspace.strings("SELECT r.reason FROM reject r JOIN ingested_file f USING (sha256) WHERE f.file_name = 'canvas/users.csv'"))
                .singleElement().asString().startsWith("not recognised as an input");
        assertThat(workspace.count("SELECT count(*) FROM enrolment")).isZero();
    }
}
