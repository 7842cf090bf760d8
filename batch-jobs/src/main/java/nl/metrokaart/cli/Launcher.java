package nl.metrokaart.cli;

/** The entry point of the jar: runs one command and exits with its code. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(Cli.execute(args, System.out, System.err));
    }
}
