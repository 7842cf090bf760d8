package nl.metrokaart;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/**
 * The Spring context behind every command that touches the warehouse. It is started by
 * {@link nl.metrokaart.cli.Launcher} only after the command line parsed, so a usage error
 * never waits for Spring or the warehouse.
 *
 * <p>No auto-configuration beyond property placeholders: the warehouse makes its own data
 * source and transaction manager and {@code BatchRepositoryConfiguration} the job repository,
 * so Boot's candidates (data source, JDBC templates, transactions, AOP, task executors, the
 * batch job runner) were each evaluated on every start only to back off or make beans nothing
 * used.
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
@ConfigurationPropertiesScan
public class MetrokaartApplication {
}
