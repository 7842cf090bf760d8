package nl.metrokaart.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Part of the launcher's faster start, run once on the extracted application ({@code lib/}):
 * DuckDB JDBC inflates its 72 MB native library from its jar into a temporary file on every start
 * (some 0.5 s of CPU). When the jar does not hold it, the driver loads the library from the jar's
 * own folder instead ({@code DuckDBNative.loadFromCurrentJarDir}). So this writes this platform's
 * library beside the jar once and leaves a copy of the jar without the libraries in its place;
 * the jar as shipped is kept in {@code lib-as-shipped/} (the floor of {@code bench startup} uses it,
 * as a plain program would). Nothing is changed when the jar holds no library for this platform.
 * Argument: the extracted application's {@code lib/} folder.
 */
public final class NativeLibraryOutOfJar {

    /** Where the unmodified DuckDB jar is kept, beside {@code lib/}. */
    public static final String AS_SHIPPED = "lib-as-shipped";
    private static final String PREFIX = "libduckdb_java.so_";

    private NativeLibraryOutOfJar() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args[0]);
        try (var jars = Files.newDirectoryStream(lib, "duckdb_jdbc-*.jar")) {
            for (Path jar : jars) {
                moveOut(jar);
            }
        }
    }

    static void moveOut(Path jar) throws IOException {
        String name = PREFIX + os() + "_" + arch();
        Path library = jar.resolveSibling(name);
        Path stripped = jar.resolveSibling(jar.getFileName() + ".new");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry native_ = zip.getEntry(name);
            if (native_ == null) {
                return;
            }
            try (InputStream in = zip.getInputStream(native_)) {
                Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            }
            try (OutputStream file = Files.newOutputStream(stripped); ZipOutputStream out = new ZipOutputStream(file)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(PREFIX)) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Path shipped = Files.createDirectories(jar.getParent().resolveSibling(AS_SHIPPED)).resolve(jar.getFileName());
        Files.move(jar, shipped, StandardCopyOption.REPLACE_EXISTING);
        Files.move(stripped, jar);
    }

    // The names DuckDB JDBC 2.0 looks for (DuckDBNative.osName and cpuArch).
    private static String os() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).trim();
        if (os.startsWith("windows")) {
            return "windows";
        }
        return os.startsWith("mac") ? "macos" : os.startsWith("linux") ? "linux" : os.replaceAll("[^a-z0-9_\\-.]", "");
    }

    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).trim();
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch.replaceAll("[^a-z0-9_\\-.]", "");
        };
    }
}
