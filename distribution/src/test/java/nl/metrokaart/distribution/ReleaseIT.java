package nl.metrokaart.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as an operator gets it: the zip unpacked, nothing else (no Maven, no sources),
 * run from an empty folder through a symlink to its launcher on the newest Java this machine
 * has (Java 25; the build itself runs on 17).
 */
class ReleaseIT {

    private static final String VERSION = System.getProperty("release.version", "0.1.0-SNAPSHOT");
    private static final Path ZIP = Path.of(System.getProperty("release.zip", "target/metrokaart-" + VERSION + ".zip"));
    private static final Path TAR = Path.of(System.getProperty("release.tar", "target/metrokaart-" + VERSION + ".tar.gz"));
    private static final String TOP = "metrokaart-" + VERSION + "/";
    private static final List<String> EXPECTED = List.of("bin/metrokaart", "lib/metrokaart.jar", "config/application.yml",
            "systemd/metrokaart.service", "systemd/metrokaart-inbox.service", "systemd/metrokaart-inbox.timer",
            "systemd/metrokaart-report.service", "systemd/metrokaart-report.timer", "cron/metrokaart.cron", "README.txt",
            "sample/delivery/metrokaart.yaml", "sample/delivery/enrolments.csv", "sample/delivery/badges/ob3-credentials.json");

    @Test
    void theZipAndTheTarballHoldTheSameInstallationWithAnExecutableLauncher() throws IOException {
        Map<String, Integer> zip = new TreeMap<>();
        try (ZipFile file = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                if (!entry.isDirectory()) {
                    zip.put(entry.getName(), entry.getUnixMode() & 0777);
                }
            }
        }
        Map<String, Integer> tar = new TreeMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(TAR)))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    tar.put(entry.getName(), entry.getMode() & 0777);
                }
            }
        }

        assertThat(zip.keySet()).allMatch(name -> name.startsWith(TOP));
        assertThat(zip.keySet()).containsAll(EXPECTED.stream().map(TOP::concat).toList());
        assertThat(zip.get(TOP + "bin/metrokaart")).isEqualTo(0755);
        assertThat(zip.get(TOP + "config/application.yml")).isEqualTo(0644);
        assertThat(tar).isEqualTo(zip);
        // one application jar, no loose dependencies beside it
        assertThat(zip.keySet().stream().filter(name -> name.endsWith(".jar"))).containsExactly(TOP + "lib/metrokaart.jar");
    }

    @Test
    void fromTheZipAloneTheSampleRunsOnJava25InAnEmptyFolder(@TempDir Path temp) throws Exception {
        Path java25 = java25().orElse(null);
        Assumptions.assumeTrue(java25 != null, "no Java 25 JDK found (looked at METROKAART_JAVA25_HOME and /usr/lib/jvm/*25*): "
                + "the release was not run on Java 25");
        Path installation = unzip(ZIP, temp.resolve("opt")).resolve(TOP);
        // Reached through a symlink elsewhere, as /usr/local/bin/metrokaart would be.
        Path link = Files.createDirectories(temp.resolve("usr-local-bin")).resolve("metrokaart");
        Files.createSymbolicLink(link, installation.resolve("bin/metrokaart"));
        Path work = Files.createDirectories(temp.resolve("srv-pps"));
        Path key = temp.resolve("secrets").resolve("pseudonym.key");

        Run run = launch(link, work, java25, key, "run", "--input", installation.resolve("sample/delivery").toString(), "--month", "2026-10");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Wrote " + work.resolve("out/maandrapportage-2026-10.xlsx"));
        assertThat(run.err()).as("no JVM warnings on Java 25 (native access is allowed in the jar)").doesNotContain("WARNING");
        assertWorkbook(work.resolve("out/maandrapportage-2026-10.xlsx"));
        // The settings of config/application.yml apply with the working directory as base; the key from JAVA_OPTS.
        assertThat(work.resolve("data/metrokaart.duckdb")).isRegularFile();
        assertThat(work.resolve("logs/metrokaart.log")).isRegularFile();
        assertThat(key).isRegularFile();
        // Nothing is written into the installation.
        assertThat(installation.resolve("data")).doesNotExist();
        assertThat(installation.resolve("logs")).doesNotExist();

        Run version = launch(link, work, java25, key, "--version");

        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).contains("Metrokaart Monitor " + VERSION)
                .contains("Java 25")
                .containsPattern("DuckDB v\\d+\\.\\d+")
                .contains("Warehouse: schema V");

        // Without JAVA_HOME the java on the PATH runs it (here the build's own Java 17);
        // -version in JAVA_OPTS makes the JVM say which it is and stop before the jar.
        Run onPath = launch(link, work, null, "-version");

        assertThat(onPath.exitCode()).as(onPath.toString()).isZero();
        assertThat(onPath.err()).contains("version \"" + Runtime.version().feature());
    }

    private static Run launch(Path launcher, Path workingDirectory, Path javaHome, Path key, String... args) throws Exception {
        return launch(launcher, workingDirectory, javaHome, "-Xmx512m -Dmetrokaart.pseudonym.key-file=" + key, args);
    }

    /** Runs the launcher as cron would; without javaHome, JAVA_HOME is unset and java is found on the PATH. */
    private static Run launch(Path launcher, Path workingDirectory, Path javaHome, String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        } else {
            builder.environment().remove("JAVA_HOME");
            builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        }
        builder.environment().put("JAVA_OPTS", javaOpts);
        builder.environment().remove("METROKAART_WAREHOUSE_PATH");
        Path out = Files.createTempFile(workingDirectory.getParent(), "out", ".txt");
        Path err = Files.createTempFile(workingDirectory.getParent(), "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the release did not finish within 5 minutes: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The JDK 25 to run on: METROKAART_JAVA25_HOME, else one under /usr/lib/jvm. */
    private static Optional<Path> java25() throws IOException {
        String configured = System.getenv("METROKAART_JAVA25_HOME");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(home -> Files.isExecutable(home.resolve("bin/java")));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> home.getFileName().toString().matches(".*\\b25\\b.*|.*-25-.*|.*-25"))
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .sorted().findFirst();
        }
    }

    /** Unpacks with the entries' Unix modes, as unzip does. */
    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return into;
    }

    /** A real workbook: an .xlsx package with its workbook part and more than one sheet. */
    private static void assertWorkbook(Path xlsx) throws IOException {
        assertThat(xlsx).isRegularFile();
        List<String> parts = new ArrayList<>();
        String workbook;
        // by its central directory: POI's streaming writer puts sizes after the data, which ZipInputStream refuses
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(xlsx.toFile())) {
            Collections.list(file.entries()).forEach(entry -> parts.add(entry.getName()));
            ZipEntry entry = file.getEntry("xl/workbook.xml");
            assertThat(entry).as("xl/workbook.xml in " + xlsx).isNotNull();
            try (InputStream in = file.getInputStream(entry)) {
                workbook = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(parts).contains("[Content_Types].xml", "xl/workbook.xml");
        assertThat(parts.stream().filter(p -> p.startsWith("xl/worksheets/sheet"))).hasSizeGreaterThan(3);
        assertThat(workbook).contains("<sheet ");
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
