package nl.metrokaart.cli;

/** The entry point of the jar: runs one command and exits with its code. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (writesAWorkbook(args)) {
            // The workbook and chart libraries load on the second core while Spring starts and the
            // warehouse opens on the first (both single-threaded), not after them.
            nl.metrokaart.reports.charts.Warmup.start();
        }
        System.exit(Cli.execute(args, System.out, System.err));
    }

    private static boolean writesAWorkbook(String[] args) {
        String command = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        return command.equals("report") || command.equals("run");
    }
}
