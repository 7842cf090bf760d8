package nl.metrokaart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Every {@code @TempDir} of these tests in memory ({@code /dev/shm}) where the machine has room
 * there: each job commits a dozen times and DuckDB syncs its log to disk on each commit, which
 * made the suite a fifth slower on a disk. Elsewhere (no /dev/shm, a small one as in a default
 * container, or not writable) the JVM's temporary folder, as JUnit's own default.
 */
public class MemoryTempDirs implements TempDirFactory {

    private static final Path MEMORY = Path.of("/dev/shm");
    /** A loaded sample warehouse, its snapshot and a backup are some 60 MB; a few tests hold several. */
    private static final long ENOUGH = 2L * 1024 * 1024 * 1024;

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        return create("junit");
    }

    /** A new temporary folder, in memory where there is room (for folders JUnit does not manage). */
    public static Path create(String prefix) throws IOException {
        return inMemory() ? Files.createTempDirectory(MEMORY, prefix) : Files.createTempDirectory(prefix);
    }

    private static boolean inMemory() {
        try {
            return Files.isDirectory(MEMORY) && Files.isWritable(MEMORY) && Files.getFileStore(MEMORY).getUsableSpace() > ENOUGH;
        } catch (IOException e) {
            return false;
        }
    }
}
