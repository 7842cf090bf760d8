package nl.metrokaart.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.metrokaart.MetrokaartApplication;
import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.history.StaleRuns;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens the warehouse for one command: the Spring context with the command line's options as
 * the highest-priority properties. Closing it releases the DuckDB file for other processes.
 */
public final class WarehouseSession {

    private WarehouseSession() {
    }

    public static ConfigurableApplicationContext open(MetrokaartCommand options) {
        return open(options, Map.of());
    }

    /** The same with extra properties (e.g. a benchmark's own key file). */
    public static ConfigurableApplicationContext open(MetrokaartCommand options, Map<String, Object> extra) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MetrokaartApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(commandLineProperties(options, extra));
        if (options.spec != null) {
            // An older warehouse was just upgraded: say so, and where its copy from before is.
            context.getBean(nl.metrokaart.warehouse.WarehouseUpgrades.class).drain().forEach(options.spec.commandLine().getErr()::println);
            // Runs a killed process left marked running were just marked failed: say so, the same command resumes them.
            context.getBean(StaleRuns.class).recovered().forEach(options.spec.commandLine().getErr()::println);
        }
        return context;
    }

    /**
     * The settings alone, without opening the warehouse: application.yml, the environment and
     * the command line's options bound as for a job (for doctor, inbox and schedule).
     */
    public static MetrokaartProperties settings(MetrokaartCommand options, Map<String, Object> extra) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(commandLineProperties(options, extra))) {
            return context.getBean(MetrokaartProperties.class);
        }
    }

    /** A context that binds the settings and nothing else (no component scan, no warehouse). */
    @org.springframework.boot.context.properties.EnableConfigurationProperties(MetrokaartProperties.class)
    public static class SettingsOnly {
    }

    /** Properties from the command line win over application.yml (default properties would lose). */
    private static String[] commandLineProperties(MetrokaartCommand options, Map<String, Object> extra) {
        // a command's own (e.g. a benchmark's throw-away key file) win over --set
        Map<String, Object> properties = new LinkedHashMap<>(options.settings);
        properties.putAll(extra);
        if (options.warehouse != null) {
            properties.put("metrokaart.warehouse.path", options.warehouse.toString());
        }
        if (options.out != null) {
            properties.put("metrokaart.out", options.out.toString());
        }
        if (options.verbose) {
            properties.put("logging.threshold.console", "INFO");
        }
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    public static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
