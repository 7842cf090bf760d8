package nl.metrokaart;

import java.nio.file.Path;
import java.time.Duration;
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
    private final Inbox inbox = new Inbox();
    private final Schedule schedule = new Schedule();
    private final Reports reports = new Reports();
    private final Backup backup = new Backup();
    /** Folder the reports and chart images are written to. */
    private Path out = Path.of("out");

    public Warehouse getWarehouse() { return warehouse; }
    public Pseudonym getPseudonym() { return pseudonym; }
    public Ingest getIngest() { return ingest; }
    public Inbox getInbox() { return inbox; }
    public Schedule getSchedule() { return schedule; }
    public Reports getReports() { return reports; }
    public Backup getBackup() { return backup; }
    public Path getOut() { return out; }
    public void setOut(Path out) { this.out = out; }

    public static class Warehouse {
        /** The DuckDB file; created with its folder when absent. */
        private Path path = Path.of("data/metrokaart.duckdb");
        /** DuckDB's own memory cap; its default (80 % of RAM) is too greedy beside a JVM. */
        private String memoryLimit = "2GB";
        private int threads = 2;
        /**
         * The read snapshot: a consistent copy of the warehouse published (atomically) whenever a job
         * ends, which query, export, status, history and BI tools read while a job holds the warehouse.
         * Empty: {@code <name>-read.duckdb} beside the warehouse.
         */
        private Path snapshot;
        /** Whether jobs publish the read snapshot (it takes as much disk as the warehouse). */
        private boolean publishSnapshot = true;

        public Path getPath() { return path; }
        public Path getSnapshot() { return snapshot != null ? snapshot : nl.metrokaart.warehouse.WarehouseSnapshot.besides(path); }
        public void setSnapshot(Path snapshot) { this.snapshot = snapshot; }
        public boolean isPublishSnapshot() { return publishSnapshot; }
        public void setPublishSnapshot(boolean publishSnapshot) { this.publishSnapshot = publishSnapshot; }
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
        /** Address pairs per sealed identity batch (about 10 MB of text at 100,000); smaller only to test several batches. */
        private int identityBatchSize = 100_000;

        public Map<String, Map<String, List<String>>> getAliases() { return aliases; }
        public void setAliases(Map<String, Map<String, List<String>>> aliases) { this.aliases = aliases; }
        public double getMaxRejectShare() { return maxRejectShare; }
        public void setMaxRejectShare(double maxRejectShare) { this.maxRejectShare = maxRejectShare; }
        public Path getWorkFolder() { return workFolder; }
        public void setWorkFolder(Path workFolder) { this.workFolder = workFolder; }
        public int getIdentityBatchSize() { return identityBatchSize; }
        public void setIdentityBatchSize(int identityBatchSize) { this.identityBatchSize = identityBatchSize; }

        public Map<String, List<String>> aliasesOf(String kind) {
            return aliases.getOrDefault(kind, Map.of());
        }
    }

    /** Where deliveries are dropped for unattended ingest, and where they go afterwards. */
    public static class Inbox {
        /** Drop a delivery (a folder or a .zip) here. */
        private Path path = Path.of("inbox");
        /** Ingested deliveries go to {@code <archive>/<date>/}; empty: {@code archive/} beside the inbox. */
        private Path archive;
        /** Deliveries that failed go to {@code <failed>/<date>/} with a REASON.txt; empty: {@code failed/} beside the inbox. */
        private Path failed;
        /** A delivery {@code X} is complete as soon as a file {@code X<ready-suffix>} stands beside it... */
        private String readySuffix = ".ready";
        /** ...or when nothing in it changed for this long. */
        private Duration quietPeriod = Duration.ofSeconds(60);
        /** A zip is refused when its files would unpack to more than this many bytes in all (a zip bomb, or the wrong zip). */
        private org.springframework.util.unit.DataSize maxUnpackedSize = org.springframework.util.unit.DataSize.ofGigabytes(2);
        /** ...or when one of its files unpacks to more than this many times its packed size (CSV packs about 5-10 times). */
        private int maxCompressionRatio = 200;
        /** ...or when it holds more than this many files and folders. */
        private int maxZipEntries = 10_000;

        public Path getPath() { return path; }
        public void setPath(Path path) { this.path = path; }
        public Path getArchive() { return archive != null ? archive : sibling("archive"); }
        public void setArchive(Path archive) { this.archive = archive; }
        public Path getFailed() { return failed != null ? failed : sibling("failed"); }
        public void setFailed(Path failed) { this.failed = failed; }
        public String getReadySuffix() { return readySuffix; }
        public void setReadySuffix(String readySuffix) { this.readySuffix = readySuffix; }
        public Duration getQuietPeriod() { return quietPeriod; }
        public void setQuietPeriod(Duration quietPeriod) { this.quietPeriod = quietPeriod; }
        public org.springframework.util.unit.DataSize getMaxUnpackedSize() { return maxUnpackedSize; }
        public void setMaxUnpackedSize(org.springframework.util.unit.DataSize maxUnpackedSize) { this.maxUnpackedSize = maxUnpackedSize; }
        public int getMaxCompressionRatio() { return maxCompressionRatio; }
        public void setMaxCompressionRatio(int maxCompressionRatio) { this.maxCompressionRatio = maxCompressionRatio; }
        public int getMaxZipEntries() { return maxZipEntries; }
        public void setMaxZipEntries(int maxZipEntries) { this.maxZipEntries = maxZipEntries; }

        private Path sibling(String name) {
            Path parent = path.toAbsolutePath().normalize().getParent();
            return parent == null ? Path.of(name) : parent.resolve(name);
        }
    }

    /** The long-lived {@code schedule} process: when it polls and reports, and how it waits for a busy warehouse. */
    public static class Schedule {
        /** How often the inbox is looked at. */
        private Duration pollInterval = Duration.ofSeconds(30);
        /** When the monthly report for the previous month is written (Spring cron: second minute hour day month weekday); "-" = never. */
        private String reportCron = "0 0 6 1 * *";
        /** The time zone of the cron; empty: the system's. */
        private String zone;
        private String reportLang = "nl";
        /** On start, a report whose scheduled time passed at most this long ago without it being written is written then; 0 = never. */
        private Duration catchUp = Duration.ofDays(7);
        /** Waiting for a busy warehouse: the first pause, doubled up to max, until give-up-after has passed. */
        private Duration busyRetryFirst = Duration.ofSeconds(5);
        private Duration busyRetryMax = Duration.ofMinutes(5);
        private Duration busyGiveUpAfter = Duration.ofHours(2);
        /** On SIGTERM, how long a running job may take to reach a safe point before the process ends anyway. */
        private Duration stopTimeout = Duration.ofSeconds(60);
        /** When a backup of the warehouse is written (Spring cron, as report-cron); "-" = never. */
        private String backupCron = "-";

        public String getBackupCron() { return backupCron; }
        public void setBackupCron(String backupCron) { this.backupCron = backupCron; }

        /** Optional shell command run after a failure summary was written (e.g. to mail it); it gets METROKAART_FAILURE_FILE. */
        private String failureCommand;

        public Duration getPollInterval() { return pollInterval; }
        public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
        public String getReportCron() { return reportCron; }
        public void setReportCron(String reportCron) { this.reportCron = reportCron; }
        public String getZone() { return zone; }
        public void setZone(String zone) { this.zone = zone; }
        public java.time.ZoneId zoneId() { return zone == null || zone.isBlank() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(zone); }
        public String getReportLang() { return reportLang; }
        public void setReportLang(String reportLang) { this.reportLang = reportLang; }
        public Duration getCatchUp() { return catchUp; }
        public void setCatchUp(Duration catchUp) { this.catchUp = catchUp; }
        public Duration getBusyRetryFirst() { return busyRetryFirst; }
        public void setBusyRetryFirst(Duration busyRetryFirst) { this.busyRetryFirst = busyRetryFirst; }
        public Duration getBusyRetryMax() { return busyRetryMax; }
        public void setBusyRetryMax(Duration busyRetryMax) { this.busyRetryMax = busyRetryMax; }
        public Duration getBusyGiveUpAfter() { return busyGiveUpAfter; }
        public void setBusyGiveUpAfter(Duration busyGiveUpAfter) { this.busyGiveUpAfter = busyGiveUpAfter; }
        public Duration getStopTimeout() { return stopTimeout; }
        public void setStopTimeout(Duration stopTimeout) { this.stopTimeout = stopTimeout; }
        public String getFailureCommand() { return failureCommand; }
        public void setFailureCommand(String failureCommand) { this.failureCommand = failureCommand; }
    }

    /** The reports' privacy rule and limits. */
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
        private final Targets targets = new Targets();
        public Targets getTargets() { return targets; }
    }

    /**
     * Plan against actual (the catalogue's targets): a figure is on track at or above
     * {@code attentionBelow} of what was expected by the report date, needs attention from
     * {@code behindBelow} up to that, and is behind below {@code behindBelow}.
     */
    public static class Targets {
        private double attentionBelow = 0.9;
        private double behindBelow = 0.75;

        public double getAttentionBelow() { return attentionBelow; }
        public void setAttentionBelow(double attentionBelow) { this.attentionBelow = attentionBelow; }
        public double getBehindBelow() { return behindBelow; }
        public void setBehindBelow(double behindBelow) { this.behindBelow = behindBelow; }
    }

    /** Backups of the warehouse ({@code metrokaart backup}, and schedule's backup cron). */
    public static class Backup {
        /** Where backups are written unless --to names another folder. */
        private Path folder = Path.of("backups");
        /** doctor warns when the latest backup is older than this (or there is none). */
        private java.time.Duration warnAfter = java.time.Duration.ofDays(7);

        public Path getFolder() { return folder; }
        public void setFolder(Path folder) { this.folder = folder; }
        public java.time.Duration getWarnAfter() { return warnAfter; }
        public void setWarnAfter(java.time.Duration warnAfter) { this.warnAfter = warnAfter; }
    }
}
