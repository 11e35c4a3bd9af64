package org.innovationportfolio.model;

/**
 * What is known of an innovation's evaluation. Every field may be unknown (null): the catalogue
 * records only what its sources say.
 */
public record Evidence(Boolean evaluationPublished, String evaluator, String findings, String link) {

    public static final Evidence UNKNOWN = new Evidence(null, null, null, null);

    public Evidence {
        evaluator = Checks.optionalShort(evaluator, "The evaluator");
        findings = Checks.optionalLong(findings, "The findings");
        link = Checks.optionalShort(link, "The link");
    }
}
