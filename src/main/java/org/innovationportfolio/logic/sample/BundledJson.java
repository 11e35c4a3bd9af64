package org.innovationportfolio.logic.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a JSON file bundled on the classpath and checks it against its bundled JSON Schema, formats included. */
final class BundledJson {

    /** Strict: a field the records do not know is an error, so drift between file and code shows at once. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final int ERRORS_SHOWN = 5;

    private BundledJson() {
    }

    /** The resource as a tree, valid against the schema; otherwise a {@link BundledDataException} saying why. */
    static JsonNode readValid(String resource, String schemaResource, String what) {
        JsonNode document = readTree(resource, what);
        JsonNode schemaNode = readTree(schemaResource, "the schema for " + what);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
        Set<ValidationMessage> errors = schema.validate(document);
        if (!errors.isEmpty()) {
            String shown = errors.stream()
                    .map(ValidationMessage::getMessage)
                    .sorted(Comparator.naturalOrder())
                    .limit(ERRORS_SHOWN)
                    .collect(Collectors.joining("; "));
            throw new BundledDataException(capitalise(what) + " (" + resource + ") does not match its schema ("
                    + errors.size() + " problem" + (errors.size() == 1 ? "" : "s") + ": " + shown
                    + "). The application's files are damaged: reinstall Innovation Portfolio.");
        }
        return document;
    }

    static JsonNode readTree(String resource, String what) {
        try (InputStream in = BundledJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BundledDataException(capitalise(what) + " (" + resource
                        + ") is missing from the application. Reinstall Innovation Portfolio.");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new BundledDataException(capitalise(what) + " (" + resource
                    + ") cannot be read as JSON. Reinstall Innovation Portfolio.", e);
        }
    }

    /** Binds a validated tree to records, turning a mismatch into a {@link BundledDataException}. */
    static <T> T bind(JsonNode node, Class<T> type, String resource, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundledDataException(capitalise(what) + " (" + resource + ") cannot be read: "
                    + e.getMessage() + ". Reinstall Innovation Portfolio.", e);
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
