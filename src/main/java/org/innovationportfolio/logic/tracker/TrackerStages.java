package org.innovationportfolio.logic.tracker;

import java.util.Locale;
import java.util.Map;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Stage;

/** Stages as officers write them, with the synonyms trackers use ("Delivery", "Live", "BAU", "Complete"…). */
public final class TrackerStages {

    private static final Map<String, Stage> SYNONYMS = Map.ofEntries(
            Map.entry("idea", Stage.EXPLORING), Map.entry("scoping", Stage.EXPLORING),
            Map.entry("exploration", Stage.EXPLORING), Map.entry("explore", Stage.EXPLORING),
            Map.entry("pipeline", Stage.EXPLORING), Map.entry("discovery", Stage.EXPLORING),
            Map.entry("bc", Stage.BUSINESS_CASE), Map.entry("business case development", Stage.BUSINESS_CASE),
            Map.entry("proposal", Stage.BUSINESS_CASE), Map.entry("options appraisal", Stage.BUSINESS_CASE),
            Map.entry("agreed", Stage.APPROVED), Map.entry("signed off", Stage.APPROVED),
            Map.entry("mobilisation", Stage.MOBILISING), Map.entry("mobilization", Stage.MOBILISING),
            Map.entry("set up", Stage.MOBILISING), Map.entry("setup", Stage.MOBILISING),
            Map.entry("delivery", Stage.DELIVERING), Map.entry("in delivery", Stage.DELIVERING),
            Map.entry("live", Stage.DELIVERING), Map.entry("implementation", Stage.DELIVERING),
            Map.entry("implementing", Stage.DELIVERING), Map.entry("operational", Stage.DELIVERING),
            Map.entry("embed", Stage.EMBEDDING), Map.entry("bau", Stage.EMBEDDING),
            Map.entry("business as usual", Stage.EMBEDDING), Map.entry("sustain", Stage.EMBEDDING),
            Map.entry("sustaining", Stage.EMBEDDING), Map.entry("complete", Stage.CLOSED),
            Map.entry("completed", Stage.CLOSED), Map.entry("closure", Stage.CLOSED), Map.entry("close", Stage.CLOSED),
            Map.entry("finished", Stage.CLOSED), Map.entry("cancelled", Stage.STOPPED),
            Map.entry("canceled", Stage.STOPPED), Map.entry("withdrawn", Stage.STOPPED),
            Map.entry("stop", Stage.STOPPED), Map.entry("abandoned", Stage.STOPPED));

    private TrackerStages() {
    }

    /** The stage {@code text} means, null when blank. */
    public static Stage parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Stage.parse(t);
        } catch (InvalidValueException notALabel) {
            String key = t.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
            Stage stage = SYNONYMS.get(key);
            if (stage == null) {
                throw new InvalidValueException(t + " is not a stage. Use one of: Exploring, Business case, Approved, "
                        + "Mobilising, Delivering, Embedding, Closed, Stopped.");
            }
            return stage;
        }
    }
}
