package nl.metrokaart;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import nl.metrokaart.cli.Launcher;

/**
 * {@code ./metrokaart} in a JVM of its own (the application's classpath, without the test
 * classes), for what only another process shows: kill -9, SIGTERM, a warehouse held by someone
 * else. Its output goes to a file the test reads as it grows; every wait is bounded.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the command line with the workspace's key file and log folder, and the given -D properties. */
    public static ChildJvm start(Workspace workspace, List<String> properties, String... args) throws IOException {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--warehouse", workspace.warehouse().toString(), "--out", workspace.out().toString()));
        return startExactly(workspace, properties, all.toArray(String[]::new));
    }

    /** The same with exactly these arguments (no --warehouse and --out added: for query, --out names a file). */
    public static ChildJvm startExactly(Workspace workspace, List<String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                // as the launcher starts a command on a small warehouse: the JIT's first tier only
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp", applicationClassPath(),
                "-Dmetrokaart.pseudonym.key-file=" + workspace.root().resolve("key").resolve("pseudonym.key"),
                "-Dmetrokaart.logs=" + workspace.root().resolve("logs"),
                "-Dmetrokaart.ingest.work-folder=" + workspace.root().resolve("work")));
        properties.forEach(p -> command.add("-D" + p));
        command.add(Launcher.class.getName());
        command.addAll(Arrays.asList(args));
        Path output = Files.createTempFile(workspace.root(), "child-", ".out");
        Process process = new ProcessBuilder(command)
                .directory(workspace.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new ChildJvm(process, output);
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits until the output holds {@code text}; false when the time ran out or the process ended without it. */
    public boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        return awaitFile(output, text, timeout);
    }

    /** Waits until {@code file} holds {@code text} (e.g. a line in the child's log file). */
    public boolean awaitFile(Path file, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (contains(file, text)) {
                return true;
            }
            if (!process.isAlive()) {
                return contains(file, text);
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // being written
        }
    }

    public long pid() {
        return process.pid();
    }

    /** kill -9: no shutdown hook, no clean-up, as when the machine goes down. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd sends on stop; returns the exit code, or null when it did not end in time. */
    public Integer terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Waits for the process to end by itself; the exit code, or null when it did not end in time. */
    public Integer await(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The application as the jar runs it: without the test classes (and their console logging). */
    public static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
