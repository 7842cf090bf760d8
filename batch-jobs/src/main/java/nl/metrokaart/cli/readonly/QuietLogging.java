package nl.metrokaart.cli.readonly;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command that runs without Spring Boot (which otherwise sets it up from
 * application.yml): INFO and up to the same log file (not rolled: little is logged here); the
 * terminal only with --verbose. Without it logback's default would print DEBUG lines on stdout.
 * A logging set-up made earlier in this JVM (a test's, or a Spring Boot run's) is left alone.
 */
public final class QuietLogging {

    private QuietLogging() {
    }

    public static void apply(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getLevel() != Level.DEBUG) {
            return; // configured already: not logback's unconfigured default
        }
        context.reset();
        root.setLevel(Level.INFO);
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logFile().toString());
        file.setEncoder(encoder(context));
        file.start();
        root.addAppender(file);
        if (verbose) {
            ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ConsoleAppender<>();
            console.setContext(context);
            console.setName("console");
            console.setEncoder(encoder(context));
            console.start();
            root.addAppender(console);
        }
    }

    /** The file application.yml names: ${metrokaart.logs:logs}/${metrokaart.log-name:metrokaart}.log. */
    private static Path logFile() {
        String folder = setting("metrokaart.logs", "METROKAART_LOGS", "logs");
        String name = setting("metrokaart.log-name", "METROKAART_LOG_NAME", "metrokaart");
        return Path.of(folder, name + ".log");
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5level --- [%thread] %logger{40} : %msg%n");
        encoder.start();
        return encoder;
    }
}
