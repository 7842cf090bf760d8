package nl.metrokaart.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import nl.metrokaart.UserInputException;
import nl.metrokaart.warehouse.WarehouseBusyException;

import picocli.CommandLine;

/**
 * Parses the command line and turns every outcome into an exit code and words for a person:
 * usage errors show the usage (2), a busy warehouse says who holds it (3), a user error or a
 * failed job is one line on what and where (1). Stack traces go to the log file only.
 */
public final class Cli {

    private Cli() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new MetrokaartCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(YearMonth.class, Cli::month)
                .setParameterExceptionHandler(Cli::usageError)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> failure(e, cmd.getErr()));
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** A wrong command line: what was wrong, then the usage of the command it was meant for. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        cmd.usage(err);
        return ExitCodes.USAGE;
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a month: expected YYYY-MM, e.g. 2026-10");
        }
    }

    static int failure(Exception e, PrintWriter err) {
        java.util.Optional<WarehouseBusyException> busy = WarehouseBusyException.from(null, e);
        if (busy.isPresent()) {
            err.println(busy.get().getMessage());
            return ExitCodes.WAREHOUSE_BUSY;
        }
        java.util.Optional<String> diskFull = nl.metrokaart.warehouse.DiskFull.describe(e);
        if (diskFull.isPresent() && cause(e, UserInputException.class) == null) {
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("disk full", e);
            err.println(diskFull.get());
            return ExitCodes.FAILED;
        }
        UserInputException userError = cause(e, UserInputException.class);
        if (userError != null) {
            err.println(userError.getMessage());
            return ExitCodes.FAILED;
        }
        org.slf4j.LoggerFactory.getLogger(Cli.class).error("unexpected failure", e);
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        err.println("Unexpected error: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + " (details in the log file; run with --verbose to see them here)");
        return ExitCodes.FAILED;
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
