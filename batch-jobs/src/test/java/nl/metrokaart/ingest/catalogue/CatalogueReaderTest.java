package nl.metrokaart.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.cli.ExitCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueReaderTest {

    @Test
    void theSampleCatalogueReadsWithItsDefaultsFilledIn() {
        Catalogue catalogue = CatalogueReader.read(Workspace.SAMPLE_DELIVERY.resolve("metrokaart.yaml"), "metrokaart.yaml");

        assertThat(catalogue.pps()).isEqualTo("PPS Slimme Maakindustrie Oost");
        assertThat(catalogue.lijnen()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(catalogue.modules()).hasSizeGreaterThanOrEqualTo(20).allSatisfy(m -> assertThat(m.hours()).isBetween(0.5, 4.0));
        assertThat(catalogue.profiles()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalogue.certificates()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(catalogue.scale().min()).isEqualTo(1);
        assertThat(catalogue.scale().max()).isEqualTo(5);
        assertThat(catalogue.rules().completionShare()).isEqualTo(0.75);
        assertThat(catalogue.targets()).hasSize(10).anySatisfy(t -> {
            assertThat(t.kpi()).isEqualTo(TargetKpi.PARTICIPANTS_REACHED);
            assertThat(t.from()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
            assertThat(t.to()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        });
    }

    @Test
    void everyErrorIsListedAtOnce(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.yaml");
        Files.writeString(file, """
                pps: Test
                scale: {min: 1, max: 5}
                skills:
                  - {code: SM-DATA, name: Data}
                profiles:
                  - {code: SMT, name: Technicus, targets: {SM-DATA: 7, SM-NONE: 2}}
                modules:
                  - {code: NM-101, title: Lang, hours: 5, skills: {SM-DATA: 2}}
                  - {code: NM-102, title: Kort, hours: 2}
                  - {code: NM-102, title: Dubbel, hours: 2}
                lijnen:
                  - {code: ROOD, name: Rood, colour: rood, profile: XYZ, min_participants: 12, max_participants: 10, modules: [NM-101, NM-999]}
                certificates:
                  - {code: C1, name: Cert, requires: [NM-404]}
                future_key: kept working
                """);

        CatalogueInvalidException e = catchThrowableOfType(CatalogueInvalidException.class, () -> CatalogueReader.read(file, "metrokaart.yaml"));

        assertThat(e.errors()).containsExactlyInAnyOrder(
                "profile SMT targets: level 7 for SM-DATA is outside the scale 1-5",
                "profile SMT targets: skill SM-NONE is not among the skills",
                "module NM-101: 5 hours is more than a nanomodule may take (at most 4 hours)",
                "module code NM-102 appears more than once",
                "lijn ROOD: profile XYZ is not among the profiles",
                "lijn ROOD: colour rood is not a colour like \"#D7263D\"",
                "lijn ROOD: min_participants 12 and max_participants 10 do not make a band (1 <= min <= max)",
                "lijn ROOD: module NM-999 is not among the modules",
                "certificate C1: requires module NM-404, which is not among the modules");
        assertThat(e.getMessage()).startsWith("metrokaart.yaml has 9 errors; nothing of this delivery was loaded:");
    }

    @Test
    void brokenYamlSaysWhere(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.yaml");
        Files.writeString(file, "skills:\n  - {code: A, name: [unclosed\nmodules: []\n");

        CatalogueInvalidException e = catchThrowableOfType(CatalogueInvalidException.class, () -> CatalogueReader.read(file, "metrokaart.yaml"));

        assertThat(e.errors()).singleElement().asString().startsWith("not valid YAML at line 3");
    }

    @Test
    void aCatalogueErrorStopsTheIngestBeforeAnyDataIsTouched(@TempDir Path temp) throws Exception {
        Workspace workspace = new Workspace(temp);
        Path delivery = Files.createDirectories(temp.resolve("delivery"));
        Files.writeString(delivery.resolve("metrokaart.yaml"), Files.readString(Workspace.SAMPLE_DELIVERY.resolve("metrokaart.yaml"))
                .replaceFirst("hours: \\d", "hours: 6"));
        Files.copy(Workspace.SAMPLE_DELIVERY.resolve("companies.csv"), delivery.resolve("companies.csv"));

        Result result = workspace.cli("ingest", delivery.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("failed at step 'catalogue'").contains("6 hours is more than a nanomodule may take");
        assertThat(workspace.count("SELECT count(*) FROM company")).isZero();
        assertThat(workspace.count("SELECT count(*) FROM module")).isZero();
    }

    private static final String MINIMAL = """
            pps: Test
            skills:
              - {code: SM-DATA, name: Data}
            modules:
              - {code: NM-101, title: Kort, hours: 2}
            lijnen:
              - {code: ROOD, name: Rood, modules: [NM-101]}
            """;

    @Test
    void targetsAreOptionalAndReadForAYearOrFromTo(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.yaml");
        Files.writeString(file, MINIMAL);
        assertThat(CatalogueReader.read(file, "metrokaart.yaml").targets()).isEmpty();

        Files.writeString(file, MINIMAL + """
                targets:
                  - {kpi: participants_reached, year: 2026, value: 240}
                  - {kpi: mkb_share, year: 2026, value: 0.8}
                  - {kpi: conversions, from: 2026-01-01, to: 2026-06-30, value: 30}
                  - {kpi: conversions, from: "2026-07-01", to: "2026-12-31", value: 45}
                """);

        assertThat(CatalogueReader.read(file, "metrokaart.yaml").targets()).containsExactly(
                new Catalogue.Target(TargetKpi.PARTICIPANTS_REACHED, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), 240),
                new Catalogue.Target(TargetKpi.MKB_SHARE, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), 0.8),
                new Catalogue.Target(TargetKpi.CONVERSIONS, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30), 30),
                new Catalogue.Target(TargetKpi.CONVERSIONS, java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 12, 31), 45));
    }

    @Test
    void everyTargetErrorIsListedAtOnce(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.yaml");
        Files.writeString(file, MINIMAL + """
                targets:
                  - {kpi: deelnemers, year: 2026, value: 240}
                  - {kpi: mkb_share, year: 2026, value: 1.2}
                  - {kpi: badges_issued, year: 2026, value: -3}
                  - {kpi: conversions, year: 2026, value: 40}
                  - {kpi: conversions, from: 2026-06-01, to: 2026-07-31, value: 10}
                  - {kpi: certificates_earned, from: 2026-12-01, to: 2026-01-31, value: 10}
                  - {kpi: completion_rate, value: 0.8}
                  - {kpi: companies_reached, year: 2026}
                  - {year: 2026, value: 3}
                """);

        CatalogueInvalidException e = catchThrowableOfType(CatalogueInvalidException.class, () -> CatalogueReader.read(file, "metrokaart.yaml"));

        assertThat(e.errors()).containsExactly(
                "target deelnemers: unknown KPI (expected one of " + TargetKpi.names() + ")",
                "target mkb_share 2026: value 1.2 is a share and must lie between 0 and 1 (e.g. 0.8 for 80%)",
                "target badges_issued 2026: value -3 must not be negative",
                "target conversions 2026-06-01..2026-07-31: overlaps the target for 2026-01-01..2026-12-31 (one target per KPI for any day)",
                "target certificates_earned 2026-12-01..2026-01-31: from 2026-12-01 is after to 2026-01-31",
                "target completion_rate: needs a period: year (e.g. year: 2026) or from and to (e.g. from: 2026-01-01, to: 2026-06-30)",
                "target companies_reached 2026: value is missing",
                "targets[9]: kpi is missing");
        assertThat(TargetKpi.names()).contains("participants_reached", "mkb_share", "runs_under_minimum", "completion_rate",
                "badges_issued", "certificates_earned", "conversions", "conversion_rate", "coaches_trained");
    }
}
