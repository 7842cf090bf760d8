package nl.metrokaart.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.ZipFile;

/**
 * {@code bench startup}: what each command costs from a cold JVM on a small warehouse, against
 * the floor (a bare JVM opening the warehouse read-only and running one query, {@link StartupFloor}).
 * Every measurement is a fresh JVM started as this one was (the same java, the same JVM options,
 * the CDS archive included when the launcher used one), timed from outside: wall time, and CPU
 * time (user + system of the child, from this process's accounting of its waited-for children).
 */
public final class StartupBenchmark {

    /** One command's runs: wall and CPU seconds of each. */
    public record Measured(String name, String command, List<Double> wall, List<Double> cpu, int exitCode) {

        public double medianWall() {
            return median(wall);
        }

        public double medianCpu() {
            return median(cpu);
        }
    }

    public record Result(String warehouse, int repeat, String jvmOptions, Measured floor, List<Measured> commands) {

        public String table() {
            StringBuilder t = new StringBuilder();
            t.append(String.format(Locale.ROOT, "%-40s %9s %9s %8s %8s%n", "command (median of " + repeat + ", fresh JVM)", "wall", "CPU",
                    "wall/fl", "CPU/fl"));
            for (Measured m : all()) {
                t.append(String.format(Locale.ROOT, "%-40s %7.2f s %7.2f s %8.2f %8.2f%s%n", m.name(), m.medianWall(), m.medianCpu(),
                        m.medianWall() / floor.medianWall(), m.medianCpu() / floor.medianCpu(),
                        m.exitCode() == 0 ? "" : "   (exit code " + m.exitCode() + ")"));
            }
            t.append("floor: a bare JVM opening the warehouse read-only (DuckDB JDBC) and running one query; warehouse " + warehouse + "\n");
            t.append("JVM options: " + (jvmOptions.isEmpty() ? "(none)" : jvmOptions) + "\n");
            if (!quickOptions().isEmpty()) {
                t.append("status, history, query, and report and run on a small warehouse or delivery, also get " + joined(quickOptions())
                        + ", as the launcher starts them; the floor does not\n");
            }
            return t.toString();
        }

        public String json() {
            StringBuilder j = new StringBuilder("{\"benchmark\":\"startup\"");
            j.append(",\"warehouse\":\"").append(escape(warehouse)).append('"');
            j.append(",\"repeat\":").append(repeat);
            j.append(",\"jvm_options\":\"").append(escape(jvmOptions)).append('"');
            j.append(",\"quick_jvm_options\":\"").append(escape(joined(quickOptions()))).append('"');
            j.append(",\"cores\":").append(Runtime.getRuntime().availableProcessors());
            j.append(",\"commands\":[");
            List<String> items = new ArrayList<>();
            for (Measured m : all()) {
                items.add(String.format(Locale.ROOT, "{\"name\":\"%s\",\"command\":\"%s\",\"wall_seconds\":%.3f,\"cpu_seconds\":%.3f,"
                                + "\"wall_ratio\":%.3f,\"cpu_ratio\":%.3f,\"exit_code\":%d,\"wall_runs\":%s,\"cpu_runs\":%s}",
                        escape(m.name()), escape(m.command()), m.medianWall(), m.medianCpu(), m.medianWall() / floor.medianWall(),
                        m.medianCpu() / floor.medianCpu(), m.exitCode(), list(m.wall()), list(m.cpu())));
            }
            return j.append(String.join(",", items)).append("]}").toString();
        }

        private List<Measured> all() {
            List<Measured> all = new ArrayList<>();
            all.add(floor);
            all.addAll(commands);
            return all;
        }
    }

    private StartupBenchmark() {
    }

    /** The JVM options this JVM was started with, minus what is about this run only (agents, recordings, archive dumps). */
    public static List<String> jvmOptions() {
        String quick = System.getProperty("metrokaart.quick-jvm-options", "");
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-D"))
                .filter(a -> !a.contains("ArchiveClassesAtExit") && !a.contains("StartFlightRecording") && !a.startsWith("-Xrunjdwp")
                        && !a.startsWith("-Djarmode") && (quick.isBlank() || !List.of(quick.split(" ")).contains(a)))
                .toList();
    }

    /**
     * What the launcher adds for a quick command (status, history, doctor, query without --out): it passes them as
     * {@code metrokaart.quick-jvm-options}; none when this JVM was not started by the launcher.
     */
    public static List<String> quickOptions() {
        String quick = System.getProperty("metrokaart.quick-jvm-options", "");
        return quick.isBlank() ? List.of() : List.of(quick.trim().split("\\s+"));
    }

    /**
     * A fresh JVM like this one, running {@code mainClass} (null: the application's own entry point,
     * as {@code java -jar}) with the given extra -D options.
     */
    public static List<String> javaCommand(String mainClass, List<String> properties) {
        return javaCommand(mainClass, properties, false);
    }

    /** The same for a quick command, with the options the launcher gives those. */
    public static List<String> javaCommand(String mainClass, List<String> properties, boolean quick) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        if (quick) {
            command.addAll(quickOptions());
        }
        command.addAll(properties);
        String classPath = System.getProperty("java.class.path");
        boolean singleJar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        if (singleJar && mainClass == null) {
            command.addAll(List.of("-jar", classPath));
        } else if (singleJar && nestedJar(Path.of(classPath))) {
            // Spring Boot's executable jar: its launcher finds the nested libraries, loader.main names the class.
            command.addAll(List.of("-Dloader.main=" + mainClass, "-cp", classPath, "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            // The extracted layout (its jar's manifest lists lib/), or a build's class folders.
            command.addAll(List.of("-cp", classPath, mainClass == null ? "nl.metrokaart.cli.Launcher" : mainClass));
        }
        return command;
    }

    /**
     * The floor: a plain program with DuckDB JDBC as shipped. Where the launcher moved DuckDB's native
     * library out of its jar ({@link NativeLibraryOutOfJar}), the jar as shipped goes on the floor's class
     * path too, so the floor inflates the library on every start as a plain program does.
     */
    public static List<String> floorCommand(List<String> properties) {
        List<String> command = javaCommand(StartupFloor.class.getName(), properties);
        Path shipped = Path.of(System.getProperty("java.class.path")).toAbsolutePath().resolveSibling(NativeLibraryOutOfJar.AS_SHIPPED);
        int classPath = command.indexOf("-cp") + 1;
        if (classPath > 0 && Files.isDirectory(shipped)) {
            try (var jars = Files.list(shipped)) {
                StringBuilder path = new StringBuilder(command.get(classPath));
                jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> path.append(java.io.File.pathSeparator).append(j));
                command.set(classPath, path.toString());
            } catch (IOException e) {
                // the floor as before
            }
        }
        return command;
    }

    /** Under this size a warehouse or delivery is small: the launcher starts report and run on it with the quick options too. */
    public static final long SMALL_BYTES = 100_000L * 1024;

    /** Whether a warehouse file or delivery folder is small (the launcher's {@code small}, by {@code du -sk}). */
    public static boolean small(Path path) {
        try (var files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
            return bytes < SMALL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean nestedJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("BOOT-INF/") != null || zip.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs a command {@code repeat} times; {@code prepare} is called before each run with its index
     * (e.g. to remove the warehouse of the previous one) and returns the arguments.
     */
    public static Measured measure(String name, List<String> java, Function<Integer, List<String>> arguments, int repeat, Path work)
            throws IOException, InterruptedException {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int exitCode = 0;
        List<String> shown = List.of();
        for (int i = 0; i < repeat; i++) {
            List<String> command = new ArrayList<>(java);
            shown = arguments.apply(i);
            command.addAll(shown);
            Path output = work.resolve(name.replaceAll("[^a-z]+", "-") + "-" + i + ".out");
            double cpuBefore = childrenCpuSeconds();
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not end within 30 minutes");
            }
            wall.add((System.nanoTime() - start) / 1e9);
            cpu.add(childrenCpuSeconds() - cpuBefore);
            exitCode = Math.max(exitCode, process.exitValue());
        }
        return new Measured(name, String.join(" ", shown), wall, cpu, exitCode);
    }

    /**
     * User + system CPU of the children this process has waited for (Linux: /proc/self/stat
     * cutime and cstime, in clock ticks of 1/100 s); NaN where there is no /proc.
     */
    static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (in parentheses, may hold spaces): state is field 3, cutime 16, cstime 17.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String list(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList().toString().replace(" ", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** For the table: the options as one line. */
    public static String joined(List<String> options) {
        return String.join(" ", options);
    }

    static List<String> of(String... parts) {
        return Arrays.asList(parts);
    }
}
