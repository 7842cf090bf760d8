package nl.metrokaart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a small delivery, or a variant of the sample, for one test: the one builder the ingest,
 * inbox and report tests share instead of each copying the catalogue and files its own way.
 * <pre>TestDelivery.at(temp.resolve("delivery")).sampleCatalogue().file("enrolments.csv", rows).path()</pre>
 */
public final class TestDelivery {

    private final Path folder;

    private TestDelivery(Path folder) {
        this.folder = folder;
    }

    /** An empty delivery folder (created with its parents). */
    public static TestDelivery at(Path folder) {
        try {
            return new TestDelivery(Files.createDirectories(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delivery folder holding only the sample's catalogue (metrokaart.yaml): most ingest tests start here. */
    public static TestDelivery withSampleCatalogue(Path folder) {
        return at(folder).sampleCatalogue();
    }

    /** A full copy of the committed sample delivery, to vary. */
    public static TestDelivery copyOfSample(Path folder) {
        copyFolder(Workspace.SAMPLE_DELIVERY, folder);
        return new TestDelivery(folder);
    }

    /** Adds the sample's catalogue (metrokaart.yaml). */
    public TestDelivery sampleCatalogue() {
        return fromSample("metrokaart.yaml");
    }

    /** Adds these files of the sample delivery (paths relative to it), unchanged. */
    public TestDelivery fromSample(String... names) {
        try {
            for (String name : names) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(Workspace.SAMPLE_DELIVERY.resolve(name), target);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code name} (a path relative to the delivery; sub-folders are made) as UTF-8 text. */
    public TestDelivery file(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code name} with exactly these bytes (another encoding, a byte order mark, a broken file). */
    public TestDelivery bytes(String name, byte[] content) {
        try {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return folder;
    }

    /** Copies a delivery folder as people drop one (e.g. into the inbox). */
    public static void copyFolder(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's files under a top folder {@code export/}, as a zip tool makes it. */
    public static void zip(Path folder, Path zip) {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry("export/" + folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
