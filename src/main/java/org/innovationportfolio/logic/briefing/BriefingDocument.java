package org.innovationportfolio.logic.briefing;

import java.util.List;
import java.util.Objects;
import org.innovationportfolio.logic.ports.Marking;

/**
 * A briefing pack as one document model, built once from the portfolio and translated as it is into Word
 * and PDF, so the two always say the same thing.
 *
 * @param title the document title, also in its metadata
 * @param subject the metadata subject
 * @param author who wrote it (or the council when no author was given)
 * @param marking the protective marking for header, footer and metadata
 * @param language a BCP 47 tag, "en-GB"
 * @param headerText the running header beside the marking
 * @param blocks the content in reading order, cover first
 */
public record BriefingDocument(String title, String subject, String author, Marking marking, String language,
        String headerText, List<Block> blocks) {

    public BriefingDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(marking, "marking");
        blocks = List.copyOf(blocks);
    }

    /** The level 1 and 2 headings, in order, as the contents lists them. */
    public List<Block.Heading> contents() {
        return blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() <= 2)
                .map(Block.Heading.class::cast).toList();
    }
}
