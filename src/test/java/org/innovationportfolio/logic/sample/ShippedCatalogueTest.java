package org.innovationportfolio.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;

class ShippedCatalogueTest {

    private static final String FIXTURES = "/sample-fixtures/";
    private static final String ANY_OBJECT = FIXTURES + "any-object.schema.json";

    private final Catalogue catalogue = ShippedCatalogue.bundled().catalogue();

    @Test
    void bundledCatalogueIsValidAndShipped() {
        assertThat(catalogue.innovations()).hasSizeGreaterThan(100);
        assertThat(catalogue.sources()).isNotEmpty();
        assertThat(catalogue.innovations()).allMatch(i -> i.shipped() && !i.editedByUser());
        assertThat(catalogue.innovations()).allMatch(i -> i.id().equals(Innovation.stableId(i.key())));
        assertThat(catalogue.innovations()).extracting(Innovation::key).doesNotHaveDuplicates();
    }

    @Test
    void versionIsReadWithoutLoadingTheEntries() {
        assertThat(ShippedCatalogue.fromResources(ShippedCatalogue.RESOURCE, ANY_OBJECT).version())
                .isEqualTo(catalogue.version())
                .isNotBlank();
    }

    @Test
    void everyAdoptedEntryInTheSampleIsInTheShippedCatalogue() {
        Set<UUID> shipped = catalogue.innovations().stream().map(Innovation::id).collect(Collectors.toSet());
        Set<String> keys = catalogue.innovations().stream().map(Innovation::key).collect(Collectors.toSet());
        assertThat(BundledJson.readTree(SamplePortfolio.RESOURCE, "the sample").get("projects"))
                .map(p -> p.get("innovationKey"))
                .filteredOn(key -> !key.isNull())
                .map(key -> key.asText())
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(key -> assertThat(keys).as("catalogue keys").contains(key));
        assertThat(SamplePortfolio.read(LocalDate.of(2026, 11, 23)).projects().stream()
                .map(Project::innovationId).filter(id -> id != null))
                .allMatch(shipped::contains);
    }

    @Test
    void catalogueThatBreaksItsSchemaIsRefusedClearly() {
        assertThatThrownBy(() -> ShippedCatalogue.fromResources(FIXTURES + "catalogue-no-entries.json",
                ShippedCatalogue.SCHEMA).catalogue())
                .isInstanceOf(BundledDataException.class)
                .hasMessageContaining("does not match its schema")
                .hasMessageContaining("reinstall Innovation Portfolio");
    }

    @Test
    void entryWhoseIdDoesNotComeFromItsKeyIsRefused() {
        assertThatThrownBy(() -> ShippedCatalogue.fromResources(FIXTURES + "catalogue-wrong-id.json", ANY_OBJECT)
                .catalogue())
                .isInstanceOf(BundledDataException.class)
                .hasMessageContaining("\"some-entry\"")
                .hasMessageContaining(Innovation.stableId("some-entry").toString());
    }

    @Test
    void missingCatalogueIsRefusedClearly() {
        assertThatThrownBy(() -> ShippedCatalogue.fromResources(FIXTURES + "nothing-here.json", ANY_OBJECT).version())
                .isInstanceOf(BundledDataException.class)
                .hasMessageContaining("is missing from the application");
    }
}
