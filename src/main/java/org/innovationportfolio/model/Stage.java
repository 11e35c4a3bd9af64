package org.innovationportfolio.model;

import java.util.Arrays;
import java.util.List;

/**
 * Where a project is in its life, in order. Stored by name, never by ordinal. {@link #STOPPED} is
 * an end state reached from any stage, so it sits outside the pipeline.
 */
public enum Stage {
    EXPLORING("Exploring"),
    BUSINESS_CASE("Business case"),
    APPROVED("Approved"),
    MOBILISING("Mobilising"),
    DELIVERING("Delivering"),
    EMBEDDING("Embedding"),
    CLOSED("Closed"),
    STOPPED("Stopped");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages a board sees as a pipeline, in order (every stage but Stopped). */
    public static List<Stage> pipeline() {
        return Arrays.stream(values()).filter(s -> s != STOPPED).toList();
    }

    /** True while work is under way: neither closed nor stopped. */
    public boolean isOpen() {
        return this != CLOSED && this != STOPPED;
    }

    /** Reads a stage by its label ("Business case") or name ("BUSINESS_CASE"), ignoring case. */
    public static Stage parse(String text) {
        if (text != null) {
            String t = text.strip().replace('_', ' ').replace('-', ' ');
            for (Stage stage : values()) {
                if (stage.label.equalsIgnoreCase(t)) {
                    return stage;
                }
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not a stage. Use one of: "
                + String.join(", ", Arrays.stream(values()).map(Stage::label).toList()) + ".");
    }

    @Override
    public String toString() {
        return label;
    }
}
