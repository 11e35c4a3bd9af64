package org.innovationportfolio.model;

/**
 * Funding an innovation received, as its source states it.
 *
 * @param amount the exact amount
 * @param upTo true where the source says "up to"
 * @param asWritten the amount as the source wrote it, e.g. "£2.1m"
 */
public record Award(Money amount, boolean upTo, String asWritten) {

    public Award {
        Checks.required(amount, "The award amount");
        Checks.notNegative(amount, "The award");
        asWritten = Checks.optionalShort(asWritten, "The award as written");
    }

    public String display() {
        return (upTo ? "up to " : "") + amount.formatShort();
    }
}
