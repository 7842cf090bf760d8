package nl.metrokaart.ingest.leercultuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.metrokaart.Workspace;
import nl.metrokaart.ingest.catalogue.Catalogue;
import nl.metrokaart.ingest.catalogue.CatalogueInvalidException;
import nl.metrokaart.ingest.catalogue.CatalogueReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's optional leercultuurscan key: absent is fine, present is checked as the rest is, all errors at once. */
class LeercultuurCatalogueTest {

    @Test
    void aCatalogueWithoutTheKeyHasNoDimensions(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("metrokaart.yaml");
        Files.copy(Workspace.SAMPLE_DELIVERY.resolve("metrokaart.yaml"), file);
        String text = Files.readString(file);
        int block = text.indexOf("leercultuurscan:");
        if (block >= 0) {
            Files.writeString(file, text.substring(0, block));
        }
        assertThat(CatalogueReader.read(file, "metrokaart.yaml").leercultuurscan().dimensions()).isEmpty();
    }

    @Test
    void dimensionsScaleAndItemsAreRead(@TempDir Path temp) throws Exception {
        Catalogue catalogue = CatalogueReader.read(with(temp, """
                leercultuurscan:
                  scale: {min: 1, max: 4, labels: {1: nooit, 4: altijd}}
                  dimensions:
                    - {code: RUIMTE, name: Ruimte om te leren, items: [Q1, Q2]}
                    - {code: FEEDBACK}
                """), "metrokaart.yaml");
        assertThat(catalogue.leercultuurscan().scale().max()).isEqualTo(4);
        assertThat(catalogue.leercultuurscan().dimensions()).containsExactly(
                new Catalogue.Dimension("RUIMTE", "Ruimte om te leren", java.util.List.of("Q1", "Q2")),
                new Catalogue.Dimension("FEEDBACK", null, java.util.List.of()));
    }

    @Test
    void everyErrorOfTheBlockIsListedAtOnce(@TempDir Path temp) throws Exception {
        CatalogueInvalidException e = catchThrowableOfType(CatalogueInvalidException.class, () -> CatalogueReader.read(with(temp, """
                leercultuurscan:
                  scale: {min: 5, max: 1, labels: {9: te veel}}
                  dimensions:
                    - {code: RUIMTE, name: Ruimte}
                    - {code: RUIMTE}
                    - {name: Zonder code}
                    - {code: FEEDBACK, items: [Ruimte]}
                """), "metrokaart.yaml"));
        assertThat(e.errors()).contains(
                "leercultuurscan.scale: min 5 must be below max 1",
                "leercultuurscan.scale.labels: 9 is outside the scale 5-1",
                "leercultuurscan.dimensions[3]: code is missing",
                "leercultuurscan dimension FEEDBACK: 'Ruimte' is already the code, name or an item of dimension RUIMTE",
                "leercultuurscan dimension code RUIMTE appears more than once");
    }

    @Test
    void aBlockWithoutDimensionsIsAnError(@TempDir Path temp) throws Exception {
        CatalogueInvalidException e = catchThrowableOfType(CatalogueInvalidException.class, () -> CatalogueReader.read(with(temp, """
                leercultuurscan:
                  scale: {min: 1, max: 5}
                """), "metrokaart.yaml"));
        assertThat(e.errors()).containsExactly("leercultuurscan: lists no dimensions (e.g. - {code: RUIMTE, name: Ruimte om te leren})");
    }

    /** The golden catalogue without its own scan block, with {@code block} instead. */
    private static Path with(Path temp, String block) throws Exception {
        Path golden = Path.of(LeercultuurCatalogueTest.class.getResource("/golden/delivery/metrokaart.yaml").toURI());
        String text = Files.readString(golden);
        Path file = temp.resolve("metrokaart.yaml");
        Files.writeString(file, text.substring(0, text.indexOf("# The leercultuurscan")) + block);
        return file;
    }
}
