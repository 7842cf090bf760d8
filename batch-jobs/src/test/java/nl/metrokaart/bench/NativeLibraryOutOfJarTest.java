package nl.metrokaart.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's step that writes DuckDB's native library beside its jar: on the real DuckDB JDBC
 * jar of this build, and a fresh JVM with the rewritten jar opens a database (loading the library
 * from the jar's folder) without inflating it to a temporary file.
 */
class NativeLibraryOutOfJarTest {

    @Test
    void duckDbLoadsItsLibraryFromBesideTheRewrittenJar(@TempDir Path temp) throws Exception {
        Path shippedJar = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = Files.createDirectories(temp.resolve("app/lib"));
        Path jar = lib.resolve(shippedJar.getFileName());
        Files.copy(shippedJar, jar);

        NativeLibraryOutOfJar.main(new String[]{lib.toString()});

        try (var files = Files.list(lib)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("libduckdb_java.so_"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("libduckdb_java.so_"))
                    .contains("org/duckdb/DuckDBNative.class", "META-INF/services/java.sql.Driver");
        }
        assertThat(Files.size(temp.resolve("app/lib-as-shipped").resolve(jar.getFileName()))).isEqualTo(Files.size(shippedJar));

        // A fresh JVM with only the rewritten jar: the driver finds no library in it and loads the one beside it.
        Path database = temp.resolve("w.duckdb");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + database)) {
            connection.createStatement().execute("CREATE TABLE t AS SELECT 42 AS answer");
        }
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path floorClasses = Path.of(StartupFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-Djava.io.tmpdir=" + tmp,
                "-cp", jar + File.pathSeparator + floorClasses, StartupFloor.class.getName(), database.toString(), "SELECT answer FROM t"))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("42");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("libduckdb_java"));
        }
    }
}
