package nl.metrokaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;

/** The application lists its components instead of scanning for them: a new one must be added to the list. */
class ApplicationComponentsTest {

    @Test
    void everyComponentOfTheApplicationIsImportedByIt() {
        Set<String> components = new TreeSet<>();
        for (BeanDefinition found : new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents("nl.metrokaart")) {
            components.add(found.getBeanClassName());
        }
        components.remove(MetrokaartApplication.class.getName());
        Set<String> imported = new TreeSet<>(Arrays.stream(MetrokaartApplication.class.getAnnotation(Import.class).value()).map(Class::getName).toList());

        assertThat(imported).as("add a new @Component or @Configuration class to MetrokaartApplication's @Import").isEqualTo(components);
    }
}
