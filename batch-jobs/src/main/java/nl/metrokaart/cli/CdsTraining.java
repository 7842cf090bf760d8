package nl.metrokaart.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * The training run behind the launcher's class data sharing archive: the JVM that runs this
 * (with {@code -XX:ArchiveClassesAtExit}) loads the classes of the commands analysts use most,
 * and the archive it leaves lets every later start map them instead of loading them from the
 * jars again. Arguments: a scratch folder, and the sample delivery (optional).
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path work = Files.createDirectories(Path.of(args[0]));
        String warehouse = "--warehouse=" + work.resolve("warehouse.duckdb");
        String out = "--out=" + work.resolve("out");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        if (args.length > 1 && Files.isDirectory(Path.of(args[1]))) {
            Cli.execute(new String[]{"run", "--input", args[1], "--month", "2026-10", warehouse, out}, quiet, quiet);
        }
        Cli.execute(new String[]{"status", warehouse}, quiet, quiet);
        Cli.execute(new String[]{"history", warehouse}, quiet, quiet);
        Cli.execute(new String[]{"query", "--sql", "SELECT count(*) FROM run_occupancy", warehouse}, quiet, quiet);
        Cli.execute(new String[]{"--help"}, quiet, quiet);
        System.exit(0);
    }
}
