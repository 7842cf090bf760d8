package nl.metrokaart.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sample's leercultuurscan: a leercultuurscan block appended to the catalogue, and a scan
 * exported as Google Forms does (wide CSV: timestamp, address, kvk, one column per question).
 * About 40 % of the companies answer, a third of them twice (spring and autumn), a few with
 * fewer than 5 respondents; three rows are bad (a kvk without its leading zero, a 6, "n.v.t.").
 * Drawn from its own random stream, so the other files' draws are untouched.
 */
final class LeercultuurScanWriter {

    static final String SCAN = "leercultuurscan-2026.csv";

    /** The questions of the form, each averaging into its dimension (index into DIMENSIONS). */
    private static final String[] QUESTIONS = {"Ruimte om te leren", "Ik krijg regelmatig feedback op mijn werk",
            "Ik durf collega's om feedback te vragen", "Mijn leidinggevende stimuleert mij om te leren",
            "Mijn leidinggevende maakt tijd voor mijn ontwikkeling", "Kennisdeling"};

    static final String BLOCK = """
            leercultuurscan:
              scale: {min: 1, max: 5, labels: {1: helemaal oneens, 2: oneens, 3: neutraal, 4: eens, 5: helemaal eens}}
              dimensions:
                - {code: RUIMTE, name: Ruimte om te leren}
                - {code: FEEDBACK, name: Feedback, items: ["Ik krijg regelmatig feedback op mijn werk", "Ik durf collega's om feedback te vragen"]}
                - {code: LEIDERSCHAP, name: Leiderschap, items: ["Mijn leidinggevende stimuleert mij om te leren", "Mijn leidinggevende maakt tijd voor mijn ontwikkeling"]}
                - {code: KENNISDELING, name: Kennisdeling}
            """;

    private static final long CONCERN = 0x4C43L;  // "LC": a stream of its own

    private LeercultuurScanWriter() {
    }

    /** Appends the scan's block to the delivery's catalogue ({@code catalogue}) and writes the scan export beside it. */
    static void write(Path outDir, Path catalogue, List<Company> companies, List<Participant> people, long seed) throws IOException {
        try (Writer w = Files.newBufferedWriter(catalogue, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
            w.write(BLOCK);
        }
        List<String> header = new ArrayList<>(List.of("Tijdstempel", "E-mailadres", "KvK-nummer"));
        header.addAll(List.of(QUESTIONS));
        header.add("Opmerkingen");
        // each company's staff in one pass (filtering all people per company is quadratic at scale)
        List<List<Participant>> staffOf = new ArrayList<>();
        for (int c = 0; c < companies.size(); c++) {
            staffOf.add(new ArrayList<>());
        }
        for (Participant p : people) {
            staffOf.get(p.company()).add(p);
        }
        try (CsvWriter csv = new CsvWriter(outDir.resolve(SCAN), header.toArray(String[]::new))) {
            int bad = 0;
            for (Company company : companies) {
                Random r = Rng.stream(seed, CONCERN, company.index());
                if (!Rng.chance(r, 0.4)) {
                    continue;
                }
                List<Participant> staff = staffOf.get(company.index());
                double culture = 1.7 + r.nextDouble() * 2.7;  // the company's own level, on 1-5
                boolean twice = Rng.chance(r, 0.35);
                int[][] scans = twice ? new int[][]{{3, 10}, {9, 15}} : new int[][]{{Rng.between(r, 4, 10), 5}};
                for (int[] scan : scans) {
                    // a company that scanned twice learnt a little in between
                    double level = culture + (scan == scans[0] ? 0 : 0.3 + r.nextDouble() * 0.4);
                    int respondents = Rng.chance(r, 0.15) ? Rng.between(r, 2, 4) : Rng.between(r, 5, 9);
                    for (int i = 0; i < respondents; i++) {
                        String email = i < staff.size() && Rng.chance(r, 0.6) ? staff.get(i).email() : "";
                        String kvk = company.kvk();
                        String[] answers = new String[QUESTIONS.length];
                        for (int q = 0; q < answers.length; q++) {
                            answers[q] = Long.toString(Math.max(1, Math.min(5, Math.round(level + r.nextGaussian() * 0.8 + (q - 2.5) * 0.1))));
                        }
                        // three bad rows, as tools and people make them
                        if (bad == 0 && kvk.startsWith("0")) {
                            kvk = kvk.substring(1);
                            bad++;
                        } else if (bad == 1 && i == 2) {
                            answers[0] = "6";
                            bad++;
                        } else if (bad == 2 && i == 3) {
                            answers[5] = "n.v.t.";
                            bad++;
                        }
                        csv.plain(String.format(java.util.Locale.ROOT, "%02d-%02d-2026 %02d:%02d:%02d", scan[1] + i % 5, scan[0],
                                        8 + r.nextInt(9), r.nextInt(60), r.nextInt(60)))
                                .text(email).plain(kvk);
                        for (String answer : answers) {
                            csv.text(answer);
                        }
                        csv.text(i == 0 ? "Meer tijd om te leren zou helpen, graag" : "");
                        csv.endRow();
                    }
                }
            }
        }
    }
}
