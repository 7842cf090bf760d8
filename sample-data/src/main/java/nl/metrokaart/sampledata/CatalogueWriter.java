package nl.metrokaart.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Writes metrokaart.yaml in the fixed shape of docs/inputs.md, "The catalogue" (flow maps, English keys). */
final class CatalogueWriter {

    // plain scalars must not look like numbers/booleans nor hold flow or comment indicators
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}0-9 .'/()-]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)(true|false|yes|no|on|off|null|y|n)");

    /** The sample pps's targets for 2026, set so that the October report shows each status. */
    static final List<String> TARGETS = List.of(
            "{kpi: participants_reached, year: 2026, value: 360}",
            "{kpi: companies_reached, year: 2026, value: 60}",
            "{kpi: mkb_share, year: 2026, value: 0.85}",
            "{kpi: runs_under_minimum, year: 2026, value: 3}",
            "{kpi: completion_rate, year: 2026, value: 0.8}",
            "{kpi: badges_issued, year: 2026, value: 1200}",
            "{kpi: certificates_earned, year: 2026, value: 90}",
            "{kpi: conversions, year: 2026, value: 40}",
            "{kpi: conversion_rate, year: 2026, value: 0.1}",
            "{kpi: coaches_trained, from: 2025-09-01, to: 2026-08-31, value: 20}");

    private CatalogueWriter() {
    }

    static void write(Path file, Catalogue c) throws IOException {
        try (Writer w = Output.open(file)) {
            w.write("# Metrokaart van de " + Catalogue.PPS + " (fictieve voorbeelddata, nl.metrokaart.sampledata)\n");
            w.write("pps: " + scalar(Catalogue.PPS) + "\n");
            w.write("sector: " + scalar(Catalogue.SECTOR) + "\n");
            StringBuilder labels = new StringBuilder();
            for (int i = 0; i < Catalogue.SCALE_LABELS.size(); i++) {
                labels.append(i == 0 ? "" : ", ").append(Catalogue.SCALE_MIN + i).append(": ")
                        .append(scalar(Catalogue.SCALE_LABELS.get(i)));
            }
            w.write("scale: {min: " + Catalogue.SCALE_MIN + ", max: " + Catalogue.SCALE_MAX + ", labels: {" + labels + "}}\n");
            w.write("rules: {completion_share: 0.75, conversion_window_months: 12, min_group_size: 5}\n");

            w.write("skills:\n");
            for (Catalogue.Skill s : c.skills) {
                w.write("  - {code: " + s.code() + ", name: " + scalar(s.name())
                        + (s.esco() == null ? "" : ", esco: \"" + s.esco() + "\"") + "}\n");
            }
            w.write("profiles:\n");
            for (Catalogue.Profile p : c.profiles) {
                w.write("  - code: " + p.code() + "\n");
                w.write("    name: " + scalar(p.name()) + "\n");
                w.write("    targets: " + levels(p.targets()) + "\n");
            }
            w.write("modules:\n");
            for (Catalogue.Module m : c.modules) {
                w.write("  - {code: " + m.code() + ", title: " + scalar(m.title()) + ", hours: " + m.hours()
                        + ", badge_class: \"" + m.badgeClass() + "\",\n");
                w.write("     skills: " + levels(m.skills()) + "}\n");
            }
            w.write("lijnen:\n");
            for (Catalogue.Lijn l : c.lijnen) {
                w.write("  - {code: " + l.code() + ", name: " + scalar(l.name()) + ", colour: \"" + l.colour()
                        + "\", profile: " + l.profile() + ",\n");
                w.write("     min_participants: " + l.minParticipants() + ", max_participants: " + l.maxParticipants()
                        + ", modules: " + list(l.modules()) + "}\n");
            }
            w.write("certificates:\n");
            for (Catalogue.Certificate cert : c.certificates) {
                w.write("  - {code: " + cert.code() + ", name: " + scalar(cert.name()) + ", kind: " + cert.kind()
                        + ",\n");
                w.write("     requires: " + list(cert.requires()) + "}\n");
            }
            w.write("followup_types: " + list(Catalogue.FOLLOWUP_TYPES) + "\n");
            w.write("# Prestatie-indicatoren uit de subsidiebeschikking en het jaarplan (issue #17): per kengetal een\n");
            w.write("# streefwaarde voor een kalenderjaar (year) of een periode (from/to). Aandelen als 0,85 = 85%.\n");
            w.write("targets:\n");
            for (String target : TARGETS) {
                w.write("  - " + target + "\n");
            }
        }
    }

    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.endsWith(" ")) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String levels(List<Catalogue.SkillLevel> levels) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < levels.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(levels.get(i).skill()).append(": ").append(levels.get(i).level());
        }
        return sb.append('}').toString();
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }
}
