package org.innovationportfolio.logic.tracker;

import java.util.Locale;
import java.util.regex.Pattern;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Rag;

/**
 * RAG as officers write it: {@code Red}, {@code R}, {@code amber}, or a cell coloured red, amber or green with
 * no text. The stated rule for two-colour ratings ({@code Amber/Green}, {@code Red-Amber}, {@code AG}): the
 * worse colour is taken, so Amber/Green is Amber and Red/Amber is Red; a board is never told a project is
 * better than its officer said.
 */
public final class TrackerRag {

    /** Said in the preview and the guide. */
    public static final String RULE = "Two-colour ratings take the worse colour: Amber/Green is read as Amber, "
            + "Red/Amber as Red.";
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|-|–|\\\\|&|\\+|\\band\\b|\\s)\\s*");

    private TrackerRag() {
    }

    /** The RAG in {@code cell}: its text, else its colour; null when blank. */
    public static Rag parse(SheetCell cell) {
        String text = cell.value() == null ? "" : cell.text();
        if (text.isBlank()) {
            return cell.fill() == null ? null : Rag.parse(cell.fill());
        }
        return parse(text);
    }

    /** The RAG {@code text} means, null when blank. */
    public static Rag parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        Rag single = single(t);
        if (single != null) {
            return single;
        }
        String[] parts = t.length() == 2 && !t.contains(" ") ? new String[] {t.substring(0, 1), t.substring(1)}
                : SPLIT.split(t);
        if (parts.length == 2) {
            Rag first = single(parts[0]);
            Rag second = single(parts[1]);
            if (first != null && second != null) {
                return first.ordinal() <= second.ordinal() ? first : second;
            }
        }
        throw new InvalidValueException(text.strip() + " is not a RAG status. Use Red, Amber or Green (or R, A, G).");
    }

    private static Rag single(String t) {
        return switch (t) {
            case "RED", "R" -> Rag.RED;
            case "AMBER", "A", "AMB", "YELLOW", "ORANGE" -> Rag.AMBER;
            case "GREEN", "G", "GRN" -> Rag.GREEN;
            default -> null;
        };
    }
}
