package org.innovationportfolio.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a project came from: made here, or imported from a colleague's pack. A later pack from the
 * same colleague updates the project instead of duplicating it.
 *
 * @param packId the imported pack's id, null when created here
 * @param sender who made the pack (name), null when created here
 * @param senderCouncil the sender's council, null when created here
 * @param at when it was created here or imported
 * @param theirLastModified the project's last-modified time in the pack, to tell later what changed since
 */
public record Provenance(Origin origin, UUID packId, String sender, String senderCouncil, Instant at,
        Instant theirLastModified) {

    /** Made here, or imported. */
    public enum Origin {
        CREATED_HERE, IMPORTED
    }

    public Provenance {
        Checks.required(origin, "The origin");
        sender = Checks.optionalShort(sender, "The sender");
        senderCouncil = Checks.optionalShort(senderCouncil, "The sender's council");
        Checks.required(at, "When the project arrived");
    }

    public static Provenance createdHere(Instant at) {
        return new Provenance(Origin.CREATED_HERE, null, null, null, at, null);
    }
}
