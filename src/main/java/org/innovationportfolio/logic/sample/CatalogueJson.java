package org.innovationportfolio.logic.sample;

import java.util.List;

/** The shape of {@code catalogue.json}, field for field; {@link ShippedCatalogue} maps it to the model. */
final class CatalogueJson {

    private CatalogueJson() {
    }

    record File(String catalogueVersion, List<Source> sources, List<Entry> innovations) {
    }

    record Source(String id, String file, String title, String published) {
    }

    record Entry(String id, String key, String title, String programme, String strand, List<String> themes,
            List<String> leadOrganisations, List<String> partners, String summary, String targetGroup,
            Evidence evidence, Award award, List<Fact> facts, List<Ref> sources) {
    }

    record Evidence(Boolean evaluationPublished, String evaluator, String findings, String link) {
    }

    record Award(long pence, boolean upTo, String asWritten) {
    }

    record Fact(String text, String figure, String date, Ref source) {
    }

    record Ref(String sourceId, String section) {
    }
}
