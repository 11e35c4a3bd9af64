package org.innovationportfolio.model;

import java.time.Instant;
import java.util.UUID;

/** An organisation working on a project, and its role (e.g. "Evaluation partner"). */
public record Partner(UUID id, String organisation, String role, Instant lastModified) {

    public Partner {
        Checks.required(id, "A partner's id");
        organisation = Checks.requiredText(organisation, "The partner organisation");
        role = Checks.optionalShort(role, "The partner's role");
        Checks.required(lastModified, "The last-modified time");
    }
}
