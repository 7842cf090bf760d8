package nl.metrokaart;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring context behind every command that touches the warehouse. It is started by
 * {@link nl.metrokaart.cli.Launcher} only after the command line parsed, so a usage error
 * never waits for Spring or the warehouse.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MetrokaartApplication {
}
