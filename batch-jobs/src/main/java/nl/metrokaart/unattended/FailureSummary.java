package nl.metrokaart.unattended;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed unattended run leaves for people: a text file beside the reports (the folder
 * the board's workbooks go to), and, when a failure command is set, that command run with the
 * file's path in METROKAART_FAILURE_FILE and a one-line subject in METROKAART_FAILURE_SUBJECT
 * (e.g. {@code mail -s "$METROKAART_FAILURE_SUBJECT" ops@pps.example < "$METROKAART_FAILURE_FILE"}).
 */
public final class FailureSummary {

    private static final Logger LOG = LoggerFactory.getLogger(FailureSummary.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path folder;
    private final String command;

    public FailureSummary(Path folder, String command) {
        this.folder = folder;
        this.command = command == null || command.isBlank() ? null : command;
    }

    /** Writes {@code failed-<when>-<what>.txt}; returns it. Never throws: a summary that cannot be written is logged. */
    public Path write(String what, String subject, String body) {
        Path file = folder.resolve("failed-" + LocalDateTime.now().format(STAMP) + "-" + what.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
        try {
            Files.createDirectories(folder);
            Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temporary, subject + System.lineSeparator() + System.lineSeparator() + body + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException e) {
            LOG.error("could not write the failure summary {}: {}", file, e.getMessage());
            return null;
        }
        if (command != null) {
            notify(file, subject);
        }
        return file;
    }

    private void notify(Path file, String subject) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", command)).redirectErrorStream(true);
            builder.environment().put("METROKAART_FAILURE_FILE", file.toAbsolutePath().toString());
            builder.environment().put("METROKAART_FAILURE_SUBJECT", subject);
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.error("the failure command did not finish within 60 s and was stopped: {}", command);
            } else if (process.exitValue() != 0) {
                LOG.error("the failure command exited with {}: {}", process.exitValue(), command);
            }
        } catch (IOException e) {
            LOG.error("could not run the failure command {}: {}", command, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
