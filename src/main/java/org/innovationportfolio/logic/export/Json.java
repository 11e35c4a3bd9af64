package org.innovationportfolio.logic.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.innovationportfolio.model.Money;

/**
 * How exports write JSON: keys in the order they are put, two-space indent, "\n" line ends on
 * every platform, UTF-8 and a trailing newline, so the same data always gives the same bytes.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return (WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void put(ObjectNode node, String key, String value) {
        node.put(key, value);
    }

    static void put(ObjectNode node, String key, LocalDate date) {
        node.put(key, date == null ? null : date.toString());
    }

    static void put(ObjectNode node, String key, Instant time) {
        node.put(key, time == null ? null : time.toString());
    }

    static void put(ObjectNode node, String key, UUID id) {
        node.put(key, id == null ? null : id.toString());
    }

    static void put(ObjectNode node, String key, Enum<?> value) {
        node.put(key, value == null ? null : value.name());
    }

    /** Money as whole pence, so no reader ever meets a rounded float. */
    static void put(ObjectNode node, String key, Money money) {
        if (money == null) {
            node.putNull(key);
        } else {
            node.put(key, money.pence());
        }
    }

    static void putStrings(ObjectNode node, String key, Collection<String> values) {
        ArrayNode array = node.putArray(key);
        values.forEach(array::add);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
