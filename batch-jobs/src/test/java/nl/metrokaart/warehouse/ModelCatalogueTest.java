package nl.metrokaart.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/models.md is generated from the models' documentation blocks ({@link ModelDoc}); this test
 * fails when it is stale, and with {@code -Dmodels.rewrite=true} writes it afresh. That every block
 * names exactly the model's columns is checked against a real warehouse by GoldenModelsTest.
 */
class ModelCatalogueTest {

    static final Path CATALOGUE = Path.of("..", "docs", "models.md");
    static final String REGENERATE = "mvn -B -o -pl batch-jobs -am test -Dtest=ModelCatalogueTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmodels.rewrite=true";

    @Test
    void docsModelsMdIsGeneratedFromTheModelsDocumentationBlocks() throws Exception {
        List<ModelDoc> docs = ModelDoc.all();
        String generated = ModelDoc.catalogue(docs);
        if (Boolean.getBoolean("models.rewrite")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CATALOGUE)).as("docs/models.md is missing; generate it with: " + REGENERATE).isTrue();
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/models.md is stale (a model's documentation block changed); regenerate it with: " + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyModelOfEveryLayerHasItsBlock() {
        List<ModelDoc> docs = ModelDoc.all();
        assertThat(docs).extracting(ModelDoc::layer).contains("staging", "marts", "reporting");
        for (ModelDoc doc : docs) {
            assertThat(doc.grain()).as(doc.name()).isNotBlank();
            assertThat(doc.key()).as(doc.name()).isNotBlank();
            assertThat(doc.columns()).as(doc.name()).isNotEmpty().allSatisfy((column, meaning) -> assertThat(meaning).isNotBlank());
        }
    }

    @Test
    void aBlockOutOfFormatIsRefusedWithWhatIsMissing() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelDoc.parse("marts", "x", "-- x: a thing\nCREATE VIEW x AS SELECT 1"))
                .hasMessageContaining("models/marts/x.sql").hasMessageContaining("-- grain:");
        ModelDoc doc = ModelDoc.parse("marts", "x", """
                -- x(d): a thing
                --   over two lines
                -- grain: one row per y
                -- key: y
                -- columns:
                --   y   the y
                --       and more of it
                --   z   the z
                -- materialized: table
                CREATE OR REPLACE VIEW x AS SELECT 1 AS y, 2 AS z""");
        assertThat(doc.signature()).isEqualTo("(d)");
        assertThat(doc.description()).isEqualTo("a thing over two lines");
        assertThat(doc.columns()).containsExactly(java.util.Map.entry("y", "the y and more of it"), java.util.Map.entry("z", "the z"));
        assertThat(doc.materialised()).isTrue();
    }
}
