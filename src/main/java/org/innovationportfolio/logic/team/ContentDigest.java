package org.innovationportfolio.logic.team;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;

/**
 * A SHA-256 over everything a project holds, as read back from a store: every field of the project and of each of
 * its records (milestones, funding, risks, notes...), and its documents' records. Two stores that give the same
 * digest for a project hold the same project, to the last character and the last millisecond, whatever the engine.
 * The text digested is built field by field from the records' components, not from {@code toString}, so a model
 * class that prints itself briefly cannot hide a difference.
 */
public final class ContentDigest {

    private ContentDigest() {
    }

    /** The digest of a project and its documents' records (in any order), as 64 hexadecimal digits. */
    public static String of(Project project, Collection<ProjectDocument> documents) {
        StringBuilder text = new StringBuilder();
        write(project, text);
        text.append("|documents=");
        write(documents.stream().sorted(Comparator.comparing(d -> d.id().toString())).toList(), text);
        return sha256(text.toString());
    }

    /** The digest of any record, list or value of the model (a catalogue entry, a briefing pack's record). */
    public static String ofValue(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return sha256(text.toString());
    }

    /** The first 12 digits, enough to compare by eye in a table. */
    public static String shortForm(String digest) {
        return digest == null ? "-" : digest.substring(0, 12);
    }

    private static void write(Object value, StringBuilder text) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof CharSequence s) {
            text.append('"');
            s.chars().forEach(c -> {
                if (c == '"' || c == '\\') {
                    text.append('\\');
                }
                text.append((char) c);
            });
            text.append('"');
        } else if (value instanceof Optional<?> o) {
            text.append("opt(");
            write(o.orElse(null), text);
            text.append(')');
        } else if (value instanceof Collection<?> list) {
            text.append('[');
            for (Object item : list) {
                write(item, text);
                text.append(',');
            }
            text.append(']');
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            map.entrySet().stream().sorted(Comparator.comparing(e -> String.valueOf(e.getKey())))
                    .forEach(e -> {
                        write(String.valueOf(e.getKey()), text);
                        text.append(':');
                        write(e.getValue(), text);
                        text.append(',');
                    });
            text.append('}');
        } else if (value instanceof Enum<?> e) {
            text.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
        } else if (value instanceof java.math.BigDecimal d) {
            // 12.5 and 12.50 are the same amount; engines may give back either scale.
            text.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (value.getClass().isRecord()) {
            text.append(value.getClass().getSimpleName()).append('(');
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                text.append(component.getName()).append('=');
                write(read(component, value), text);
                text.append(';');
            }
            text.append(')');
        } else {
            // Numbers, booleans, UUIDs, dates and instants print exactly and the same on every engine.
            text.append(value.getClass().getSimpleName()).append(':').append(value);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
