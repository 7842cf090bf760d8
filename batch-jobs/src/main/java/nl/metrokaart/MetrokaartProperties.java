package nl.metrokaart;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything in {@code application.yml} under {@code metrokaart}: paths and thresholds. */
@ConfigurationProperties("metrokaart")
public class MetrokaartProperties {

    private final Warehouse warehouse = new Warehouse();
    private final Pseudonym pseudonym = new Pseudonym();
    private final Ingest ingest = new Ingest();
    private final Reports reports = new Reports();
    /** Folder the reports and chart images are written to. */
    private Path out = Path.of("out");

    public Warehouse getWarehouse() { return warehouse; }
    public Pseudonym getPseudonym() { return pseudonym; }
    public Ingest getIngest() { return ingest; }
    public Reports getReports() { return reports; }
    public Path getOut() { return out; }
    public void setOut(Path out) { this.out = out; }

    public static class Warehouse {
        /** The DuckDB file; created with its folder when absent. */
        private Path path = Path.of("data/metrokaart.duckdb");
        /** DuckDB's own memory cap; its default (80 % of RAM) is too greedy beside a JVM. */
        private String memoryLimit = "2GB";
        private int threads = 2;

        public Path getPath() { return path; }
        public void setPath(Path path) { this.path = path; }
        public String getMemoryLimit() { return memoryLimit; }
        public void setMemoryLimit(String memoryLimit) { this.memoryLimit = memoryLimit; }
        public int getThreads() { return threads; }
        public void setThreads(int threads) { this.threads = threads; }
    }

    public static class Pseudonym {
        /** File holding the HMAC key; created owner-only on first use. Kept outside the warehouse file. */
        private Path keyFile = Path.of(System.getProperty("user.home"), ".metrokaart", "pseudonym.key");
        /** When set (environment METROKAART_PSEUDONYM_KEY), the key itself; the file is then not used. */
        private String key;

        public Path getKeyFile() { return keyFile; }
        public void setKeyFile(Path keyFile) { this.keyFile = keyFile; }
        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
    }

    public static class Ingest {
        /**
         * Other names the pps's tools use for a canonical column, per input kind
         * (matched case- and accent-insensitively), e.g. enrolments.participant_email: [E-mailadres].
         */
        private Map<String, Map<String, List<String>>> aliases = new LinkedHashMap<>();
        /** A file with a larger share of rejected rows fails as a whole: probably the wrong export. */
        private double maxRejectShare = 0.10;
        /** Scratch space for transcoded copies of non-UTF-8 files. */
        private Path workFolder = Path.of(System.getProperty("java.io.tmpdir"), "metrokaart");

        public Map<String, Map<String, List<String>>> getAliases() { return aliases; }
        public void setAliases(Map<String, Map<String, List<String>>> aliases) { this.aliases = aliases; }
        public double getMaxRejectShare() { return maxRejectShare; }
        public void setMaxRejectShare(double maxRejectShare) { this.maxRejectShare = maxRejectShare; }
        public Path getWorkFolder() { return workFolder; }
        public void setWorkFolder(Path workFolder) { this.workFolder = workFolder; }

        public Map<String, List<String>> aliasesOf(String kind) {
            return aliases.getOrDefault(kind, Map.of());
        }
    }

    public static class Reports {
        /**
         * k of the privacy rule: counts of fewer than k people are shown as {@code <k}, rates over
         * fewer than k people are hidden. The catalogue's rules.min_group_size applies too: the
         * larger of the two wins, so a setting can make a report stricter, never looser.
         */
        private int minGroupSize = 5;
        /** The most rejected rows the monthly report lists (all of them: status --rejects). */
        private int maxRejects = 10_000;
        /** The most companies the monthly report's skills-per-company sheet lists: those with the most participants. */
        private int maxCompanies = 1_000;

        public int getMinGroupSize() { return minGroupSize; }
        public void setMinGroupSize(int minGroupSize) { this.minGroupSize = minGroupSize; }
        public int getMaxRejects() { return maxRejects; }
        public void setMaxRejects(int maxRejects) { this.maxRejects = maxRejects; }
        public int getMaxCompanies() { return maxCompanies; }
        public void setMaxCompanies(int maxCompanies) { this.maxCompanies = maxCompanies; }
    }
}
