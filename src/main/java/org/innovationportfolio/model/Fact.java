package org.innovationportfolio.model;

/**
 * A fact or figure about an innovation, copied exactly from its source.
 *
 * @param figure the figure alone (e.g. "42"), or null
 * @param date when it happened where the source says so, otherwise when the source said it: "2018", "2020-07" or
 *     "2020-07-15"; null when neither is known
 */
public record Fact(String text, String figure, String date, SourceRef source) {

    public Fact {
        text = Checks.optionalLong(text, "The fact");
        if (text == null) {
            throw new InvalidValueException("A fact needs some text.");
        }
        figure = Checks.optionalShort(figure, "The figure");
        date = Checks.optionalShort(date, "The date");
        Checks.required(source, "The fact's source");
    }
}
