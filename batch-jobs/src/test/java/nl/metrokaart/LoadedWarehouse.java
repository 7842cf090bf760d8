package nl.metrokaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import nl.metrokaart.Workspace.Result;

/**
 * A warehouse with a delivery already ingested, for tests that read, report on or change a
 * loaded warehouse but do not test the ingest itself. Each delivery is ingested once per test
 * JVM, by the real command line into a workspace of its own; every test gets its own COPY of
 * that workspace's warehouse (the DuckDB file with its job repository, and the read snapshot)
 * and pseudonym key, so what one test changes no other test sees.
 */
public final class LoadedWarehouse {

    /** The golden delivery of the marts' and models' golden tables. */
    public static final Path GOLDEN_DELIVERY = resource("/golden/delivery");
    /** The golden leercultuurscans, ingested after the golden delivery. */
    public static final Path GOLDEN_SCANS = resource("/golden/leercultuur");

    private static final Map<List<Path>, Loaded> LOADED = new ConcurrentHashMap<>();

    private record Loaded(Workspace workspace, List<Result> ingests) {
    }

    private LoadedWarehouse() {
    }

    /** A workspace at {@code root} whose warehouse holds the committed sample delivery, ingested. */
    public static Workspace sample(Path root) {
        return copy(Workspace.SAMPLE_DELIVERY, root);
    }

    /** A workspace at {@code root} whose warehouse holds the golden delivery, ingested. */
    public static Workspace golden(Path root) {
        return copy(GOLDEN_DELIVERY, root);
    }

    /** A workspace at {@code root} whose warehouse holds the golden delivery and then the golden scans, ingested. */
    public static Workspace goldenWithScans(Path root) {
        return copyInto(root, GOLDEN_DELIVERY, GOLDEN_SCANS);
    }

    /** What the one ingest of {@code delivery} printed (the same command every copy stands for). */
    public static Result ingestOf(Path delivery) {
        return ingestsOf(delivery).get(0);
    }

    /** What each ingest of {@code deliveries}, in this order, printed. */
    public static List<Result> ingestsOf(Path... deliveries) {
        return loaded(deliveries).ingests();
    }

    /** A workspace at {@code root} whose warehouse holds {@code delivery}, ingested (once per JVM). */
    public static Workspace copy(Path delivery, Path root) {
        return copyInto(root, delivery);
    }

    /** A workspace at {@code root} whose warehouse holds {@code deliveries}, ingested in this order (once per JVM). */
    public static Workspace copyInto(Path root, Path... deliveries) {
        Loaded loaded = loaded(deliveries);
        Workspace workspace = new Workspace(root);
        for (String folder : List.of("data", "key")) {
            copyFolder(loaded.workspace().root().resolve(folder), root.resolve(folder));
        }
        return workspace;
    }

    private static Loaded loaded(Path... deliveries) {
        return LOADED.computeIfAbsent(Stream.of(deliveries).map(d -> d.toAbsolutePath().normalize()).toList(), LoadedWarehouse::ingest);
    }

    private static Loaded ingest(List<Path> deliveries) {
        try {
            Path root = MemoryTempDirs.create("metrokaart-loaded-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Workspace workspace = new Workspace(root);
            List<Result> ingests = new java.util.ArrayList<>();
            for (Path delivery : deliveries) {
                Result ingest = workspace.cli("ingest", delivery.toString());
                assertThat(ingest.exitCode()).as("ingest of %s: %s", delivery, ingest).isZero();
                ingests.add(ingest);
            }
            return new Loaded(workspace, List.copyOf(ingests));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    // the key keeps its owner-only permissions (a check of the application reads them)
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(java.util.Objects.requireNonNull(LoadedWarehouse.class.getResource(name), name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
