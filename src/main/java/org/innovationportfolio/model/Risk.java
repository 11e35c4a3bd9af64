package org.innovationportfolio.model;

import java.time.Instant;
import java.util.UUID;

/** A risk to a project, scored likelihood × impact on 1–5 scales. */
public record Risk(UUID id, String description, int likelihood, int impact, String owner, String mitigation,
        RiskStatus status, Instant lastModified) {

    public Risk {
        Checks.required(id, "A risk's id");
        description = Checks.requiredText(description, "The risk description");
        Checks.scale(likelihood, "Likelihood");
        Checks.scale(impact, "Impact");
        owner = Checks.optionalShort(owner, "The risk owner");
        mitigation = Checks.optionalLong(mitigation, "The mitigation");
        Checks.required(status, "The risk status");
        Checks.required(lastModified, "The last-modified time");
    }

    /** Likelihood × impact, 1 to 25. */
    public int score() {
        return likelihood * impact;
    }
}
